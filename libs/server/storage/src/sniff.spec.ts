import { sniffContentType } from './sniff';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffContentType', () => {
  it.each([
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'), 'a.png', 'image/png'],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'a.jpg', 'image/jpeg'],
    ['gif', bytes('GIF89a', [1, 0, 1, 0]), 'a.gif', 'image/gif'],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'a.webp', 'image/webp'],
    ['pdf', bytes('%PDF-1.7\n'), 'a.pdf', 'application/pdf'],
    [
      'webm',
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'),
      'v.webm',
      'video/webm',
    ],
    ['mp4', bytes([0, 0, 0, 0x18], 'ftypmp42'), 'v.mp4', 'video/mp4'],
    ['vtt', bytes('WEBVTT\n\n00:00.000 --> 00:01.000\nHello'), 'c.vtt', 'text/vtt'],
    ['vtt with BOM', bytes([0xef, 0xbb, 0xbf], 'WEBVTT - title\n'), 'c.vtt', 'text/vtt'],
    ['csv', bytes('email\nana@example.org\n'), 'list.csv', 'text/csv'],
    ['text in Greek', Buffer.from('Καλημέρα, κόσμε', 'utf8'), 'notes.txt', 'text/plain'],
    ['docx', bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml'), 'plan.docx', OOXML_DOCX()],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04], 'x'), 'pack.zip', 'application/zip'],
  ])('recognises %s', (_label, head, name, type) => {
    expect(sniffContentType(head, name)).toBe(type);
  });

  it('reads the OpenDocument type from the mimetype entry, whatever the name says', () => {
    const head = bytes(
      [0x50, 0x4b, 0x03, 0x04],
      Buffer.alloc(26).toString('latin1'),
      'mimetype',
      'application/vnd.oasis.opendocument.text',
    );
    expect(sniffContentType(head, 'renamed.zip')).toBe('application/vnd.oasis.opendocument.text');
  });

  it('believes the content, not the extension', () => {
    expect(sniffContentType(bytes('%PDF-1.4'), 'photo.png')).toBe('application/pdf');
    expect(sniffContentType(bytes('plain words'), 'movie.webm')).toBe('text/plain');
  });

  it.each([
    ['HTML', bytes('<!DOCTYPE html><script>alert(1)</script>'), 'page.txt'],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), 'logo.png'],
    ['XML-declared SVG', bytes('<?xml version="1.0"?><svg/>'), 'logo.svg'],
    ['a Matroska file that is not WebM', bytes([0x1a, 0x45, 0xdf, 0xa3], 'matroska'), 'v.webm'],
    ['binary junk', Buffer.from([0x00, 0x01, 0x02, 0xfe]), 'a.pdf'],
    ['invalid UTF-8', Buffer.from([0x61, 0xc3, 0x28, 0x62]), 'a.txt'],
    ['an empty file', Buffer.alloc(0), 'a.txt'],
  ])('refuses %s', (_label, head, name) => {
    expect(sniffContentType(head, name)).toBeNull();
  });
});

function OOXML_DOCX() {
  return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
}
