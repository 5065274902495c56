/** How many leading bytes `sniffContentType` needs. */
export const SNIFF_BYTES = 4096;

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const ODF = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

const startsWith = (head: Buffer, bytes: number[] | string, at = 0) => {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= at + b.length && head.subarray(at, at + b.length).equals(b);
};

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? '';

/**
 * The content type of a file judged by its first bytes, never by its name alone: the name only
 * chooses among types that share a container (a ZIP that is a .docx, text that is a .csv).
 * Null when the content is none of the types Campus accepts. SVG and HTML are deliberately not
 * recognised: served from our origin they could run scripts.
 */
export function sniffContentType(head: Buffer, fileName: string): string | null {
  const ext = extensionOf(fileName);
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'image/gif';
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'image/webp';
  if (startsWith(head, '%PDF-')) return 'application/pdf';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]))
    return head.subarray(0, 64).includes('webm', 0, 'latin1') ? 'video/webm' : null;
  if (startsWith(head, 'ftyp', 4)) return 'video/mp4';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument stores an uncompressed `mimetype` entry first, naming the document type.
    if (startsWith(head, 'mimetype', 30)) {
      const declared = ODF.find((type) => startsWith(head, type, 38));
      if (declared) return declared;
    }
    return OOXML[ext] ?? 'application/zip';
  }
  const text = asText(head);
  if (text === null) return null;
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'text/vtt';
  if (/^\s*<(?:!doctype|html|script|svg|\?xml)/i.test(text)) return null;
  return ext === 'csv' ? 'text/csv' : 'text/plain';
}

/** UTF-8 text without NUL bytes (a BOM removed), or null. Tolerates a character cut at the end. */
function asText(head: Buffer): string | null {
  if (head.length === 0 || head.includes(0)) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      return decoder.decode(head.subarray(0, head.length - cut));
    } catch {
      if (head.length < SNIFF_BYTES) return null; // the whole file was read: a cut is no excuse
    }
  }
  return null;
}
