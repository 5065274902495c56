import { kindProblems, prefixQuery } from './resource-rules';

const none = { body: '', url: null, fileId: null };
const FILE = '6f1c7c56-4d0c-4a8e-9a44-0c1a3c2b5f10';

describe('kindProblems', () => {
  it('asks a link for its address and refuses a file', () => {
    expect(kindProblems('link', none).map((p) => p.field)).toEqual(['url']);
    expect(kindProblems('link', { ...none, url: 'https://example.org', fileId: FILE })).toEqual([
      { field: 'fileId', message: expect.any(String) },
    ]);
    expect(kindProblems('link', { ...none, url: 'https://example.org' })).toEqual([]);
  });

  it('asks documents and templates for a file and refuses an address', () => {
    for (const kind of ['document', 'template'] as const) {
      expect(kindProblems(kind, none).map((p) => p.field)).toEqual(['fileId']);
      expect(
        kindProblems(kind, { ...none, fileId: FILE, url: 'https://example.org' }).map((p) => p.field),
      ).toEqual(['url']);
      expect(kindProblems(kind, { ...none, fileId: FILE })).toEqual([]);
    }
  });

  it('takes a tutorial as a page, a video or both, never a file', () => {
    expect(kindProblems('tutorial', { ...none, body: '  ' }).map((p) => p.field)).toEqual(['body']);
    expect(kindProblems('tutorial', { ...none, body: '# Steps' })).toEqual([]);
    expect(kindProblems('tutorial', { ...none, url: 'https://video.example.org/1' })).toEqual([]);
    expect(kindProblems('tutorial', { ...none, body: 'x', fileId: FILE }).map((p) => p.field)).toEqual([
      'fileId',
    ]);
  });
});

describe('prefixQuery', () => {
  it('turns every word into a prefix that must match', () => {
    expect(prefixQuery('Learning Agree')).toBe('learning:* & agree:*');
  });

  it('keeps letters of every script and drops tsquery syntax', () => {
    expect(prefixQuery("κινητικότητα & (x | !y) 'z':*")).toBe('κινητικότητα:* & x:* & y:* & z:*');
  });

  it('is null without a word, and keeps at most eight distinct words', () => {
    expect(prefixQuery('  !! ')).toBeNull();
    expect(prefixQuery(undefined)).toBeNull();
    expect(prefixQuery('a a b c d e f g h i j')).toBe('a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*');
  });
});
