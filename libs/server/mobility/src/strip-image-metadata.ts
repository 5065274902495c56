import { DomainError } from '@campus/contracts';

/**
 * Removes the metadata of a photo that can tell where and by what it was taken (GPS position,
 * camera serial, the owner's name, embedded thumbnails with their own Exif) before a logbook
 * evidence file is stored. The picture itself is copied byte for byte; nothing is decoded.
 *
 * - JPEG: every APP1 (Exif, XMP, extended XMP), APP13 (Photoshop IRB, IPTC) and COM segment, the
 *   APP2 MPF index, and everything after the end-of-image marker (where phones append the MPF
 *   images, each with an Exif of its own). Other segments (JFIF, ICC profile, Adobe, tables,
 *   frames, scans) stay, in order. One thing of the Exif is kept, in a new APP1 of its own that
 *   holds nothing else: the orientation, when it is not the default. Phones store portrait photos
 *   sideways and say so there; without it the photo would show lying on its side.
 * - PNG: the eXIf, tEXt, zTXt and iTXt chunks (iTXt also carries XMP), and anything after IEND.
 * - WebP: the EXIF and XMP chunks; the VP8X flags that announced them are cleared and the RIFF
 *   size is written anew; anything after the RIFF data is dropped.
 *
 * Untrusted input: every length is checked against the bytes that are really there, the number of
 * segments is capped, and a file that is not a well-formed image of its type is refused with 400
 * naming `file` (never stored half-cleaned).
 */

export type StrippableImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export interface StripLimits {
  /** Larger inputs are refused before parsing. */
  maxBytes: number;
  /** Segments (JPEG markers) or chunks (PNG, WebP) read before the file is refused. */
  maxSegments: number;
}

export const STRIP_LIMITS: StripLimits = { maxBytes: 64 * 1024 * 1024, maxSegments: 10_000 };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The strippable image type the first bytes show (12 are enough), or null. */
export function strippableTypeOf(head: Buffer): StrippableImageType | null {
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

export function stripImageMetadata(
  bytes: Buffer,
  type: StrippableImageType,
  limits: StripLimits = STRIP_LIMITS,
): Buffer {
  if (bytes.length > limits.maxBytes) {
    throw malformed(
      `The image is larger than the ${Math.floor(limits.maxBytes / 1024 / 1024)} MB that can be cleaned.`,
    );
  }
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes, limits.maxSegments);
    case 'image/png':
      return stripPng(bytes, limits.maxSegments);
    case 'image/webp':
      return stripWebp(bytes, limits.maxSegments);
  }
}

// ---------------------------------------------------------------------------------------- JPEG

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP13 = 0xed;
const COM = 0xfe;
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

function stripJpeg(b: Buffer, maxSegments: number): Buffer {
  if (strippableTypeOf(b) !== 'image/jpeg') throw malformed('The file is not a JPEG image.');
  const out: Buffer[] = [b.subarray(0, 2)];
  let pos = 2;
  let segments = 0;
  let orientationKept = false;
  for (;;) {
    if (pos >= b.length) throw malformed('The JPEG image is incomplete: it has no end-of-image marker.');
    if (b[pos] !== 0xff) throw malformed(`The JPEG image is damaged: no segment marker at byte ${pos}.`);
    // Any number of 0xFF fill bytes may precede a marker; they are not copied.
    let at = pos + 1;
    while (at < b.length && b[at] === 0xff) at++;
    if (at >= b.length) throw malformed('The JPEG image is incomplete: it ends inside a marker.');
    const marker = b[at];
    if (++segments > maxSegments) throw malformed(`The JPEG image has more than ${maxSegments} segments.`);
    if (marker === EOI) {
      out.push(Buffer.from([0xff, EOI]));
      return Buffer.concat(out);
    }
    if (marker === 0x01 || isRestart(marker)) {
      out.push(Buffer.from([0xff, marker]));
      pos = at + 1;
      continue;
    }
    if (marker === 0x00 || marker === SOI) {
      throw malformed(`The JPEG image is damaged: unexpected marker at byte ${at - 1}.`);
    }
    if (at + 3 > b.length) throw malformed('The JPEG image is incomplete: it ends inside a segment.');
    const length = b.readUInt16BE(at + 1);
    const end = at + 1 + length;
    if (length < 2 || end > b.length) {
      throw malformed(
        `The JPEG image is damaged: a segment at byte ${at - 1} runs past the end of the file.`,
      );
    }
    const payload = b.subarray(at + 3, end);
    if (!isJpegMetadata(marker, payload)) out.push(b.subarray(at - 1, end));
    else if (marker === APP1 && !orientationKept) {
      const orientation = exifOrientation(payload);
      if (orientation !== null && orientation !== 1) {
        out.push(orientationOnlyExif(orientation));
        orientationKept = true;
      }
    }
    pos = end;
    if (marker === SOS) pos = copyEntropyCodedData(b, pos, out);
  }
}

function isJpegMetadata(marker: number, payload: Buffer): boolean {
  if (marker === APP1 || marker === APP13 || marker === COM) return true;
  // The Multi-Picture index points at the images after EOI, which are dropped with their Exif.
  return marker === APP2 && ascii(payload, 0, 4) === 'MPF\0';
}

/**
 * The Orientation tag (1-8) of IFD0 in an APP1 Exif payload, or null when there is none or the
 * Exif cannot be read (then nothing of it is kept). Reads IFD0 only, within the segment's bytes.
 */
function exifOrientation(payload: Buffer): number | null {
  if (ascii(payload, 0, 6) !== 'Exif\0\0') return null;
  const tiff = payload.subarray(6);
  if (tiff.length < 8) return null;
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return null;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12;
    if (at + 12 > tiff.length) return null;
    // Orientation: SHORT, one value.
    if (u16(at) === 0x0112 && u16(at + 2) === 3 && u32(at + 4) === 1) {
      const value = u16(at + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** An APP1 segment whose Exif holds the orientation and nothing else (big-endian TIFF). */
function orientationOnlyExif(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, APP1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/**
 * A scan's entropy-coded data runs to the next marker: 0xFF followed by anything but 0x00 (a
 * stuffed byte) or a restart marker, which belong to the data. Returns where that marker starts.
 */
function copyEntropyCodedData(b: Buffer, start: number, out: Buffer[]): number {
  let i = start;
  for (;;) {
    i = b.indexOf(0xff, i);
    if (i < 0 || i + 1 >= b.length) {
      throw malformed('The JPEG image is incomplete: its image data has no end.');
    }
    const next = b[i + 1];
    if (next === 0x00 || isRestart(next)) {
      i += 2;
      continue;
    }
    out.push(b.subarray(start, i));
    return i;
  }
}

// ----------------------------------------------------------------------------------------- PNG

const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

function stripPng(b: Buffer, maxSegments: number): Buffer {
  if (strippableTypeOf(b) !== 'image/png') throw malformed('The file is not a PNG image.');
  const out: Buffer[] = [PNG_SIGNATURE];
  let pos = PNG_SIGNATURE.length;
  for (let chunks = 1; ; chunks++) {
    if (chunks > maxSegments) throw malformed(`The PNG image has more than ${maxSegments} chunks.`);
    if (pos + 12 > b.length) throw malformed('The PNG image is incomplete: it has no IEND chunk.');
    const length = b.readUInt32BE(pos);
    const type = ascii(b, pos + 4, 4);
    const end = pos + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type))
      throw malformed(`The PNG image is damaged: a bad chunk type at byte ${pos}.`);
    if (length > 0x7fffffff || end > b.length) {
      throw malformed(`The PNG image is damaged: the ${type} chunk runs past the end of the file.`);
    }
    if (chunks === 1 && type !== 'IHDR')
      throw malformed('The PNG image is damaged: it does not start with IHDR.');
    if (!PNG_METADATA.has(type)) out.push(b.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
}

// ---------------------------------------------------------------------------------------- WebP

const WEBP_METADATA = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function stripWebp(b: Buffer, maxSegments: number): Buffer {
  if (strippableTypeOf(b) !== 'image/webp') throw malformed('The file is not a WebP image.');
  const riffEnd = 8 + b.readUInt32LE(4);
  if (riffEnd > b.length) throw malformed('The WebP image is incomplete: it is shorter than its RIFF size.');
  const kept: Buffer[] = [];
  let pos = 12;
  for (let chunks = 1; pos < riffEnd; chunks++) {
    if (chunks > maxSegments) throw malformed(`The WebP image has more than ${maxSegments} chunks.`);
    if (pos + 8 > riffEnd)
      throw malformed(`The WebP image is damaged: a chunk header is cut at byte ${pos}.`);
    const fourCc = ascii(b, pos, 4);
    const size = b.readUInt32LE(pos + 4);
    // Chunk data is padded to an even length.
    const end = pos + 8 + size + (size & 1);
    if (end > riffEnd) {
      throw malformed(`The WebP image is damaged: the ${fourCc.trim()} chunk runs past the end of the file.`);
    }
    if (chunks === 1 && !['VP8 ', 'VP8L', 'VP8X'].includes(fourCc)) {
      throw malformed('The WebP image is damaged: it does not start with an image chunk.');
    }
    if (fourCc === 'VP8X') {
      if (size < 10) throw malformed('The WebP image is damaged: its VP8X chunk is too short.');
      // A copy: the caller's buffer is never changed.
      const chunk = Buffer.from(b.subarray(pos, end));
      chunk[8] &= ~(VP8X_EXIF | VP8X_XMP);
      kept.push(chunk);
    } else if (!WEBP_METADATA.has(fourCc)) {
      kept.push(b.subarray(pos, end));
    }
    pos = end;
  }
  if (kept.length === 0) throw malformed('The WebP image is damaged: it holds no image.');
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + kept.reduce((n, c) => n + c.length, 0), 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, ...kept]);
}

// ---------------------------------------------------------------------------------------------

function ascii(b: Buffer, at: number, length: number): string {
  return b.toString('latin1', at, Math.min(b.length, at + length));
}

function malformed(message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'file', message }] });
}
