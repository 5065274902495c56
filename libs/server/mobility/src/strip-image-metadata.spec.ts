import { deflateSync } from 'node:zlib';
import { DomainError } from '@campus/contracts';
import { stripImageMetadata, strippableTypeOf, type StrippableImageType } from './strip-image-metadata';

/*
 * Real, tiny images assembled byte by byte with the metadata phones write into photos (an Exif GPS
 * position, XMP, IPTC, comments). Each one decodes (djpeg, dwebp and exiftool read them); the
 * metadata is the only variable, so "stripped" can be checked as "byte-identical to the same image
 * built without it".
 */

/** Tampere, Finland: 61°29'53" N, 23°45'38" E. */
const GPS_TAMPERE = { lat: [61, 29, 53], lon: [23, 45, 38] } as const;

/**
 * A little-endian TIFF (the Exif body) whose IFD0 points at a GPS IFD with latitude and longitude,
 * and holds the orientation when given.
 */
function exifTiffWithGps(
  gps: { lat: readonly number[]; lon: readonly number[] } = GPS_TAMPERE,
  orientation?: number,
): Buffer {
  const ifd0Entries = orientation === undefined ? 1 : 2;
  const gpsIfdAt = 8 + 2 + ifd0Entries * 12 + 4;
  const gpsEntries = 5;
  const dataAt = gpsIfdAt + 2 + gpsEntries * 12 + 4;
  const tiff = Buffer.alloc(dataAt + 48);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0, tags in ascending order: Orientation (0x0112, SHORT), GPSInfo (0x8825, LONG) → GPS IFD.
  tiff.writeUInt16LE(ifd0Entries, 8);
  let at = 10;
  if (orientation !== undefined) {
    writeIfdEntry(tiff, at, 0x0112, 3, 1, orientation);
    at += 12;
  }
  writeIfdEntry(tiff, at, 0x8825, 4, 1, gpsIfdAt);
  tiff.writeUInt32LE(0, at + 12);
  // GPS IFD: version, latitude ref and value, longitude ref and value.
  at = gpsIfdAt;
  tiff.writeUInt16LE(gpsEntries, at);
  at += 2;
  writeIfdEntry(tiff, at, 0x0000, 1, 4, 0x00000202);
  writeIfdEntry(tiff, (at += 12), 0x0001, 2, 2, 'N'.charCodeAt(0));
  writeIfdEntry(tiff, (at += 12), 0x0002, 5, 3, dataAt);
  writeIfdEntry(tiff, (at += 12), 0x0003, 2, 2, 'E'.charCodeAt(0));
  writeIfdEntry(tiff, (at += 12), 0x0004, 5, 3, dataAt + 24);
  tiff.writeUInt32LE(0, at + 12);
  [...gps.lat, ...gps.lon].forEach((v, i) => {
    tiff.writeUInt32LE(v, dataAt + i * 8);
    tiff.writeUInt32LE(1, dataAt + i * 8 + 4);
  });
  return tiff;
}

function writeIfdEntry(b: Buffer, at: number, tag: number, type: number, count: number, value: number): void {
  b.writeUInt16LE(tag, at);
  b.writeUInt16LE(type, at + 2);
  b.writeUInt32LE(count, at + 4);
  b.writeUInt32LE(value, at + 8);
}

/** An XMP packet naming a place, as photo apps write it. */
function xmpPacket(place = 'Tampere'): Buffer {
  return Buffer.from(
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">` +
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description ` +
      `xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="61,29.883N" ` +
      `xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="${place}"/>` +
      `</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
    'utf8',
  );
}

// ---------------------------------------------------------------------------------------- JPEG

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** APP1 with an Exif body holding a GPS position. */
const jpegExifGps = (gps?: { lat: readonly number[]; lon: readonly number[] }, orientation?: number) =>
  jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiffWithGps(gps, orientation)]));
/** APP1 with a big-endian Exif that holds only the orientation, as the stripper writes it. */
const jpegOrientationOnly = (orientation: number) =>
  jpegSegment(
    0xe1,
    Buffer.concat([
      Buffer.from('Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01', 'latin1'),
      Buffer.from([0, orientation, 0, 0, 0, 0, 0, 0]),
    ]),
  );
/** APP1 with an XMP packet. */
const jpegXmp = (place?: string) =>
  jpegSegment(
    0xe1,
    Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), xmpPacket(place)]),
  );
/** APP13 with a Photoshop IPTC record naming a city. */
const jpegIptc = (city = 'Tampere') =>
  jpegSegment(
    0xed,
    Buffer.concat([
      Buffer.from('Photoshop 3.0\x008BIM\x04\x04\x00\x00', 'latin1'),
      Buffer.from([0, 0, 0, city.length + 5, 0x1c, 0x02, 0x5a, 0, city.length]),
      Buffer.from(city, 'latin1'),
      Buffer.from([0]),
    ]),
  );
const jpegComment = (text: string) => jpegSegment(0xfe, Buffer.from(text, 'utf8'));
/** APP14 Adobe colour-transform segment: image data that must survive. */
const jpegAdobe = () => jpegSegment(0xee, Buffer.from('Adobe\x00\x64\x00\x00\x00\x00\x00', 'latin1'));
/** APP2 Multi-Picture index (points at images appended after EOI). */
const jpegMpf = () => jpegSegment(0xe2, Buffer.concat([Buffer.from('MPF\0', 'latin1'), Buffer.alloc(12, 1)]));

/**
 * A 16×8 grey baseline JPEG: JFIF, `extra` segments (metadata) after it, then quantisation and
 * Huffman tables, the frame, a restart interval, one scan of two blocks with a restart marker
 * between them, and EOI, followed by `trailing` bytes.
 */
function tinyJpeg(extra: Buffer[] = [], trailing: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...extra,
    ...JPEG_BODY,
    trailing,
  ]);
}

const huffmanTable = (classAndId: number, symbol: number) =>
  jpegSegment(0xc4, Buffer.concat([Buffer.from([classAndId, 1]), Buffer.alloc(15), Buffer.from([symbol])]));

const JPEG_BODY = [
  jpegSegment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
  // SOF0: 8 bits, 8 rows of 16 columns, one component (id 1, no subsampling, table 0).
  jpegSegment(0xc0, Buffer.from([8, 0, 8, 0, 16, 1, 1, 0x11, 0])),
  // Restart interval of one MCU, so the data may carry a restart marker.
  jpegSegment(0xdd, Buffer.from([0, 1])),
  // One code each, both "0": DC difference of category 0, AC end-of-block.
  huffmanTable(0x00, 0x00),
  huffmanTable(0x10, 0x00),
  jpegSegment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
  // Each block: DC "0", EOB "0", padded with ones; RST0 between them.
  Buffer.from([0x3f, 0xff, 0xd0, 0x3f]),
  Buffer.from([0xff, 0xd9]),
];

// ----------------------------------------------------------------------------------------- PNG

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const pngExif = () => pngChunk('eXIf', exifTiffWithGps());
const pngText = (keyword: string, text: string) =>
  pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1'));
const pngCompressedText = (keyword: string, text: string) =>
  pngChunk(
    'zTXt',
    Buffer.concat([Buffer.from(`${keyword}\0\0`, 'latin1'), deflateSync(Buffer.from(text, 'latin1'))]),
  );
const pngXmp = (place?: string) =>
  pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), xmpPacket(place)]));
/** Physical pixel size: image data that must survive. */
const pngPhys = () => pngChunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]));

/** A 1×1 RGB PNG with `extra` chunks between IHDR and IDAT, then `trailing` bytes after IEND. */
function tinyPng(extra: Buffer[] = [], trailing: Buffer = Buffer.alloc(0)): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extra,
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x1e, 0x90, 0xff]))),
    pngChunk('IEND', Buffer.alloc(0)),
    trailing,
  ]);
}

// ---------------------------------------------------------------------------------------- WebP

function webpChunk(fourCc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourCc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
}

/** A lossless 1×1 image (VP8L bitstream). */
const webpImageChunk = () =>
  webpChunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07]));

/** VP8X header chunk of a 1×1 canvas with these feature flags (0x08 Exif, 0x04 XMP, 0x20 ICC). */
const webpVp8x = (flags: number) => webpChunk('VP8X', Buffer.from([flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
const webpExif = () => webpChunk('EXIF', exifTiffWithGps());
const webpXmp = (place?: string) => webpChunk('XMP ', xmpPacket(place));

/** A RIFF WebP file of these chunks (its size computed), followed by `trailing` bytes. */
function webpFile(chunks: Buffer[], trailing: Buffer = Buffer.alloc(0)): Buffer {
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body, trailing]);
}

// ---------------------------------------------------------------------------------------- tests

/** The error a malformed image gets: 400 naming `file`, with a message that says what is wrong. */
function refusal(
  bytes: Buffer,
  type: StrippableImageType,
  limits?: Parameters<typeof stripImageMetadata>[2],
) {
  try {
    stripImageMetadata(bytes, type, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    const e = err as DomainError;
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details.errors).toEqual([{ field: 'file', message: e.message }]);
    return e.message;
  }
  throw new Error('the image was accepted');
}

const has = (haystack: Buffer, needle: string | Buffer) => haystack.includes(needle);

describe('strippableTypeOf', () => {
  it('tells JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(strippableTypeOf(tinyJpeg())).toBe('image/jpeg');
    expect(strippableTypeOf(tinyPng())).toBe('image/png');
    expect(strippableTypeOf(webpFile([webpImageChunk()]))).toBe('image/webp');
    expect(strippableTypeOf(Buffer.from('%PDF-1.7\n'))).toBeNull();
    expect(strippableTypeOf(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeNull();
    expect(strippableTypeOf(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(strippableTypeOf(Buffer.alloc(0))).toBeNull();
  });
});

describe('JPEG', () => {
  it('removes Exif with its GPS position, XMP, IPTC and comments, keeping every other byte', () => {
    const photo = tinyJpeg([
      jpegExifGps(),
      jpegXmp(),
      jpegIptc(),
      jpegComment('Taken at Sammonkatu 1'),
      jpegAdobe(),
    ]);
    expect(has(photo, 'Exif')).toBe(true);
    const clean = stripImageMetadata(photo, 'image/jpeg');
    expect(clean.equals(tinyJpeg([jpegAdobe()]))).toBe(true);
    for (const trace of ['Exif', 'http://ns.adobe.com/xap', 'Photoshop', 'Tampere', 'Sammonkatu']) {
      expect(has(clean, trace)).toBe(false);
    }
    expect(has(clean, exifTiffWithGps())).toBe(false);
  });

  it('returns a photo without metadata unchanged, and never changes its input', () => {
    const plain = tinyJpeg();
    expect(stripImageMetadata(plain, 'image/jpeg').equals(plain)).toBe(true);
    const photo = tinyJpeg([jpegExifGps()]);
    const copy = Buffer.from(photo);
    stripImageMetadata(photo, 'image/jpeg');
    expect(photo.equals(copy)).toBe(true);
  });

  it('keeps a photo upright: its orientation stays, alone in a new Exif, without the position', () => {
    const portrait = tinyJpeg([jpegExifGps(GPS_TAMPERE, 6), jpegXmp()]);
    const clean = stripImageMetadata(portrait, 'image/jpeg');
    expect(clean.equals(tinyJpeg([jpegOrientationOnly(6)]))).toBe(true);
    expect(has(clean, Buffer.from([0x25, 0x88]))).toBe(false);
    // The default orientation, or a second Exif, adds nothing.
    expect(stripImageMetadata(tinyJpeg([jpegExifGps(GPS_TAMPERE, 1)]), 'image/jpeg').equals(tinyJpeg())).toBe(
      true,
    );
    const twice = tinyJpeg([jpegExifGps(GPS_TAMPERE, 8), jpegExifGps(GPS_TAMPERE, 3)]);
    expect(stripImageMetadata(twice, 'image/jpeg').equals(tinyJpeg([jpegOrientationOnly(8)]))).toBe(true);
    // An orientation out of range, or an Exif cut short, is dropped with the rest.
    expect(stripImageMetadata(tinyJpeg([jpegExifGps(GPS_TAMPERE, 9)]), 'image/jpeg').equals(tinyJpeg())).toBe(
      true,
    );
    const cutExif = jpegSegment(0xe1, Buffer.from('Exif\0\0II\x2a\0\x08\0\0\0\x05\0', 'latin1'));
    expect(stripImageMetadata(tinyJpeg([cutExif]), 'image/jpeg').equals(tinyJpeg())).toBe(true);
  });

  it('drops the Multi-Picture index and the images appended after end-of-image, with their own Exif', () => {
    const appended = tinyJpeg([jpegExifGps({ lat: [60, 10, 0], lon: [24, 56, 0] })]);
    const photo = tinyJpeg([jpegExifGps(), jpegMpf()], appended);
    const clean = stripImageMetadata(photo, 'image/jpeg');
    expect(clean.equals(tinyJpeg())).toBe(true);
  });

  it('drops fill bytes before markers and finds metadata placed between scans', () => {
    const plain = tinyJpeg();
    const eoi = plain.length - 2;
    // 0xFF fill before EOI, and a comment and an Exif segment between the scan data and EOI.
    const photo = Buffer.concat([
      plain.subarray(0, eoi),
      jpegComment('second scan would follow'),
      jpegExifGps(),
      Buffer.from([0xff, 0xff, 0xff]),
      plain.subarray(eoi + 1),
    ]);
    expect(stripImageMetadata(photo, 'image/jpeg').equals(plain)).toBe(true);
  });

  it('copies stuffed 0xFF00 bytes and restart markers inside scan data as data', () => {
    const plain = tinyJpeg();
    const scanData = plain.length - 2 - 4;
    const data = Buffer.from([0x12, 0xff, 0x00, 0xe1, 0xff, 0xd3, 0xff, 0x00, 0xfe, 0x34]);
    const photo = Buffer.concat([plain.subarray(0, scanData), data, Buffer.from([0xff, 0xd9])]);
    expect(stripImageMetadata(photo, 'image/jpeg').equals(photo)).toBe(true);
  });

  it('refuses a damaged or incomplete JPEG with 400 naming the file', () => {
    const plain = tinyJpeg();
    expect(refusal(Buffer.from('not a jpeg at all'), 'image/jpeg')).toBe('The file is not a JPEG image.');
    expect(refusal(plain.subarray(0, plain.length - 2), 'image/jpeg')).toMatch(/incomplete/);
    expect(refusal(plain.subarray(0, 25), 'image/jpeg')).toMatch(/runs past the end|incomplete/);
    expect(refusal(Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff])]), 'image/jpeg')).toMatch(
      /ends inside a marker/,
    );
    expect(
      refusal(Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xe0, 0x00])]), 'image/jpeg'),
    ).toMatch(/ends inside a segment/);
    // A segment claiming a length below its own length field.
    expect(
      refusal(Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xe1, 0x00, 0x01])]), 'image/jpeg'),
    ).toMatch(/runs past the end/);
    // SOI and the 18-byte JFIF segment, then a byte that is no marker.
    expect(
      refusal(Buffer.concat([plain.subarray(0, 20), Buffer.from([0x00, 0xff, 0xd9])]), 'image/jpeg'),
    ).toMatch(/no segment marker at byte 20/);
    expect(
      refusal(Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xd8, 0xff, 0xd9])]), 'image/jpeg'),
    ).toMatch(/unexpected marker/);
    // Scan data that never reaches a marker.
    const scanData = plain.length - 2 - 4;
    expect(
      refusal(Buffer.concat([plain.subarray(0, scanData), Buffer.from([1, 2, 3, 0xff, 0x00])]), 'image/jpeg'),
    ).toMatch(/image data has no end/);
  });

  it('caps the number of segments and the size it reads', () => {
    const many = tinyJpeg(Array.from({ length: 20 }, (_, i) => jpegComment(`note ${i}`)));
    expect(refusal(many, 'image/jpeg', { maxBytes: 1 << 20, maxSegments: 10 })).toBe(
      'The JPEG image has more than 10 segments.',
    );
    expect(
      stripImageMetadata(many, 'image/jpeg', { maxBytes: 1 << 20, maxSegments: 40 }).equals(tinyJpeg()),
    ).toBe(true);
    expect(refusal(many, 'image/jpeg', { maxBytes: 100, maxSegments: 40 })).toMatch(/larger than/);
  });
});

describe('PNG', () => {
  it('removes eXIf, tEXt, zTXt and iTXt (XMP) chunks, keeping the image chunks as they were', () => {
    const photo = tinyPng([
      pngExif(),
      pngText('Comment', 'Taken at Sammonkatu 1'),
      pngCompressedText('Location', 'Tampere'),
      pngXmp(),
      pngPhys(),
    ]);
    const clean = stripImageMetadata(photo, 'image/png');
    expect(clean.equals(tinyPng([pngPhys()]))).toBe(true);
    for (const trace of ['eXIf', 'tEXt', 'zTXt', 'iTXt', 'Sammonkatu', 'adobe'])
      expect(has(clean, trace)).toBe(false);
  });

  it('returns a PNG without metadata unchanged, and drops whatever follows IEND', () => {
    const plain = tinyPng();
    expect(stripImageMetadata(plain, 'image/png').equals(plain)).toBe(true);
    const trailing = tinyPng([pngExif()], Buffer.from('GPS 61.498 23.760'));
    expect(stripImageMetadata(trailing, 'image/png').equals(plain)).toBe(true);
  });

  it('refuses a damaged or incomplete PNG with 400 naming the file', () => {
    const plain = tinyPng();
    expect(refusal(tinyJpeg(), 'image/png')).toBe('The file is not a PNG image.');
    expect(refusal(plain.subarray(0, plain.length - 12), 'image/png')).toBe(
      'The PNG image is incomplete: it has no IEND chunk.',
    );
    const long = Buffer.from(plain);
    long.writeUInt32BE(0xfffffff0, 8);
    expect(refusal(long, 'image/png')).toBe(
      'The PNG image is damaged: the IHDR chunk runs past the end of the file.',
    );
    const badType = Buffer.from(plain);
    badType.write('I\0DR', 12, 'latin1');
    expect(refusal(badType, 'image/png')).toMatch(/bad chunk type at byte 8/);
    const idatFirst = Buffer.concat([
      plain.subarray(0, 8),
      pngChunk('IDAT', Buffer.alloc(4)),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    expect(refusal(idatFirst, 'image/png')).toBe('The PNG image is damaged: it does not start with IHDR.');
  });

  it('caps the number of chunks', () => {
    const many = tinyPng(Array.from({ length: 20 }, (_, i) => pngText('Comment', `note ${i}`)));
    expect(refusal(many, 'image/png', { maxBytes: 1 << 20, maxSegments: 10 })).toBe(
      'The PNG image has more than 10 chunks.',
    );
  });
});

describe('WebP', () => {
  it('removes the EXIF and XMP chunks, clears their VP8X flags and writes the RIFF size anew', () => {
    const ALPHA = 0x10;
    const photo = webpFile([webpVp8x(ALPHA | 0x08 | 0x04), webpImageChunk(), webpExif(), webpXmp()]);
    const clean = stripImageMetadata(photo, 'image/webp');
    const expected = webpFile([webpVp8x(ALPHA), webpImageChunk()]);
    expect(clean.equals(expected)).toBe(true);
    expect(clean.readUInt32LE(4)).toBe(clean.length - 8);
    expect(clean[20]).toBe(ALPHA);
    for (const trace of ['EXIF', 'XMP ', 'Tampere']) expect(has(clean, trace)).toBe(false);
  });

  it('follows odd-sized chunks by their padding byte', () => {
    const oddXmp = webpXmp('Tampere!');
    expect(oddXmp.readUInt32LE(4) % 2).toBe(1);
    const photo = webpFile([webpVp8x(0x0c), webpImageChunk(), oddXmp, webpExif()]);
    expect(stripImageMetadata(photo, 'image/webp').equals(webpFile([webpVp8x(0), webpImageChunk()]))).toBe(
      true,
    );
  });

  it('returns a simple WebP unchanged, and drops bytes after the RIFF data', () => {
    const plain = webpFile([webpImageChunk()]);
    expect(stripImageMetadata(plain, 'image/webp').equals(plain)).toBe(true);
    const trailing = webpFile([webpImageChunk()], webpExif());
    expect(stripImageMetadata(trailing, 'image/webp').equals(plain)).toBe(true);
  });

  it('refuses a damaged or incomplete WebP with 400 naming the file', () => {
    const plain = webpFile([webpImageChunk()]);
    expect(refusal(tinyPng(), 'image/webp')).toBe('The file is not a WebP image.');
    expect(refusal(plain.subarray(0, plain.length - 2), 'image/webp')).toBe(
      'The WebP image is incomplete: it is shorter than its RIFF size.',
    );
    const cut = webpFile([webpImageChunk(), Buffer.from('EXIF')]);
    expect(refusal(cut, 'image/webp')).toMatch(/chunk header is cut/);
    const long = Buffer.from(plain);
    long.writeUInt32LE(1000, 16);
    expect(refusal(long, 'image/webp')).toBe(
      'The WebP image is damaged: the VP8L chunk runs past the end of the file.',
    );
    expect(refusal(webpFile([webpExif(), webpImageChunk()]), 'image/webp')).toBe(
      'The WebP image is damaged: it does not start with an image chunk.',
    );
    expect(refusal(webpFile([webpChunk('VP8X', Buffer.alloc(4)), webpImageChunk()]), 'image/webp')).toBe(
      'The WebP image is damaged: its VP8X chunk is too short.',
    );
    expect(refusal(webpFile([]), 'image/webp')).toBe('The WebP image is damaged: it holds no image.');
  });

  it('caps the number of chunks', () => {
    const many = webpFile([webpVp8x(0), webpImageChunk(), ...Array.from({ length: 20 }, () => webpXmp())]);
    expect(refusal(many, 'image/webp', { maxBytes: 1 << 20, maxSegments: 10 })).toBe(
      'The WebP image has more than 10 chunks.',
    );
  });
});
