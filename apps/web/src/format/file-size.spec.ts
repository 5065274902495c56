import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('picks a unit and rounds like a file manager', () => {
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(25 * 1024 * 1024, 'en')).toBe('25 MB');
  });

  it('writes numbers the way the language does', () => {
    expect(formatFileSize(1536, 'de')).toBe('1,5 kB');
  });
});
