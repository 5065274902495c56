import { DomainError } from '@campus/contracts';

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes,
 * CRLF or LF line ends, a UTF-8 byte-order mark, and `;` as separator when the header uses it
 * (spreadsheet programs in most of Europe write that). Returns rows with their 1-based line number.
 */
export function parseCsv(input: string): { line: number; cells: string[] }[] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
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

/** A data row of an uploaded CSV: cells by (lower-case) header name, trimmed; '' when absent. */
export interface CsvRecord {
  line: number;
  get(column: string): string;
}

export const MAX_CSV_ROWS = 2000;

/**
 * Reads an uploaded CSV whose first row names the columns. Refuses (400, field `csv`) a file
 * without the required columns or with more than MAX_CSV_ROWS rows, before any row is acted on.
 */
export function readCsvRecords(csv: string, required: string[]): CsvRecord[] {
  const [header, ...rows] = parseCsv(csv);
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
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
