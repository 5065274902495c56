import { DomainError } from '@campus/contracts';
import { CSV_WORDS, type CsvWords } from './csv-labels';

/** Hard caps on an uploaded CSV: bytes of the file (413 past it) and data rows (400 past it). */
export const MAX_CSV_BYTES = 1_000_000;
export const MAX_CSV_ROWS = 2000;

/**
 * The text of an uploaded CSV file. UTF-8 with or without a byte-order mark; UTF-16 with one
 * (Excel's "Unicode text"); anything that is not valid UTF-8 is read as Windows-1252, which is
 * what Excel writes as "CSV" on Windows in western Europe ("Müller", "José", "Søren"). Refuses
 * (413 FILE_TOO_LARGE) a file over MAX_CSV_BYTES before decoding it.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_CSV_BYTES)
    throw new DomainError('FILE_TOO_LARGE', `A CSV file is at most ${MAX_CSV_BYTES / 1_000_000} MB.`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252's 0x80–0x9F (where it differs from Latin-1); undefined bytes keep their code point. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/**
 * Decoded by hand: Node 20's TextDecoder('windows-1252') reads 0x80–0x9F as Latin-1 control
 * characters, which would turn "€", "Š" or Word's curly quotes into invisible garbage.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

/** The separator a header line uses: the most frequent of `;`, `,` and tab outside quotes (`,` if none). */
export function sniffSeparator(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, separators and newlines inside quotes,
 * CRLF or LF line ends, a byte-order mark, and `,`, `;` or tab as the separator (sniffed from the
 * header line: spreadsheet programs in most of Europe write `;`). Returns rows with their 1-based
 * line number; blank rows are skipped. `separator` forces one instead.
 */
export function parseCsv(input: string, separator?: string): { line: number; cells: string[] }[] {
  const text = input.replace(/^\uFEFF/, '');
  const sep = separator ?? sniffSeparator(text.slice(0, text.search(/\r?\n|$/)));
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** A data row of an uploaded CSV: cells by column name, trimmed; '' when absent. */
export interface CsvRecord {
  line: number;
  get(column: string): string;
}

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

/**
 * The column a header names: itself (case, spaces, `-` and `_` aside, so "E-mail" is `email`), or
 * the column whose export header it is in any of the eight languages (a downloaded file's "Nome"
 * or "E-Mail" reads back as `name` or `email`; "Rolle" as `role`).
 */
function columnOf(header: string): string {
  const h = normalise(header);
  for (const words of Object.values(CSV_WORDS))
    for (const key of ['email', 'name', 'role'] as const satisfies (keyof CsvWords)[])
      if (normalise(words[key]) === h) return key;
  return h;
}

/**
 * Reads an uploaded CSV whose first row names the columns. Refuses (400, field `csv`) a file
 * without the required columns or with more than MAX_CSV_ROWS rows, before any row is acted on.
 */
export function readCsvRecords(csv: string, required: string[]): CsvRecord[] {
  const [header, ...rows] = parseCsv(csv);
  const columns = header?.cells.map(columnOf) ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    const message = `Missing ${missing.map((c) => `"${c}"`).join(', ')} column in the header row.`;
    throw new DomainError('VALIDATION_FAILED', `The CSV needs a header row naming its columns. ${message}`, {
      errors: [{ field: 'csv', message }],
    });
  }
  if (rows.length > MAX_CSV_ROWS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `A CSV may hold at most ${MAX_CSV_ROWS} rows; this one has ${rows.length}.`,
      {
        errors: [{ field: 'csv', message: `At most ${MAX_CSV_ROWS} rows.` }],
      },
    );
  }
  return rows.map((row) => ({
    line: row.line,
    get: (column) => {
      const i = columns.indexOf(column);
      return i < 0 ? '' : (row.cells[i] ?? '').trim();
    },
  }));
}
