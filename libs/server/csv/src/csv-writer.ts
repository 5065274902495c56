import type { CsvSeparator } from '@campus/contracts';

/** A cell as an export hands it over: text, a number (written with the locale's decimal mark), or empty. */
export type CsvValue = string | number | null | undefined;

/** How one download is written: the reader's language (headers, words, decimal mark) and separator. */
export interface CsvFormat {
  locale: string;
  separator: CsvSeparator;
}

const SEPARATOR_CHAR: Record<CsvSeparator, string> = { comma: ',', semicolon: ';', tab: '\t' };

/** Languages whose decimal mark is a comma: Excel's list separator there is `;`. */
const DECIMAL_COMMA = new Set(['it', 'fi', 'pt', 'el', 'de', 'es', 'sv']);

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** The separator Excel expects for a language: `;` where numbers use a decimal comma, else `,`. */
export function separatorForLocale(locale: string): CsvSeparator {
  return DECIMAL_COMMA.has(language(locale)) ? 'semicolon' : 'comma';
}

/** The format of a download for a user: their language, and their choice of separator or their language's. */
export function csvFormat(locale: string, separator?: CsvSeparator): CsvFormat {
  return { locale, separator: separator ?? separatorForLocale(locale) };
}

/** A leading =, +, -, @, tab or CR would make spreadsheet programs run the cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, always quoted (so a reader that splits on a different separator than ours still
 * sees one cell, and never a formula), with doubled inner quotes. Text that looks like a formula
 * gets a leading `'`; numbers are ours, never formulas, and get the locale's decimal mark.
 */
export function csvCell(value: CsvValue, locale = 'en'): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number')
    text = DECIMAL_COMMA.has(language(locale)) ? String(value).replace('.', ',') : String(value);
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A whole CSV file: UTF-8 byte-order mark (Excel reads accents and Greek right only with it),
 * every cell quoted, the format's separator, CRLF line ends (RFC 4180). No `sep=` line: Excel
 * ignores the byte-order mark when one is present.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], format: CsvFormat): string {
  const sep = SEPARATOR_CHAR[format.separator];
  return `\uFEFF${rows.map((r) => r.map((v) => csvCell(v, format.locale)).join(sep)).join('\r\n')}\r\n`;
}

/** A number with a fixed count of decimals, as a cell (`0.735` → `"0,735"` in German). */
export function fixed(value: number | null, digits: number): CsvValue {
  return value === null ? null : Number(value.toFixed(digits));
}
