export { parseGift, type GiftImport } from './gift-import';
export {
  exportBank,
  importBank,
  BANK_FORMAT,
  BANK_VERSION,
  type BankFile,
  type BankImport,
} from './question-bank';
export { checkBankJsonText, IMPORT_LIMITS } from './import-limits';
