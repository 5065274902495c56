export {
  csvCell,
  csvFormat,
  fixed,
  separatorForLocale,
  toCsv,
  type CsvFormat,
  type CsvValue,
} from './csv-writer';
export { CSV_WORDS, csvHeader, csvWords, fillIn, type CsvColumn, type CsvWords } from './csv-labels';
export {
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  decodeCsvBytes,
  parseCsv,
  readCsvRecords,
  sniffSeparator,
  type CsvRecord,
} from './csv-reader';
