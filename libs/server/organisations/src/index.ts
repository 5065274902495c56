export * from './organisations.module';
export * from './organisations.service';
export * from './members.service';
export * from './invitations.service';
export { parseCsv, readCsvRecords, MAX_CSV_ROWS, type CsvRecord } from './csv';
