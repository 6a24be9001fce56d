export type { LedgerBookData, PublicityListData, RegisterSheetData } from './export-data';
export { registerSheetXlsx } from './register-sheet';
export { ledgerBookXlsx } from './ledger-book';
export { publicityListXlsx } from './publicity-list';
