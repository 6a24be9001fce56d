import { EntryFields } from '../entry/entry-fields';

export type ImportFormat = 'CSV' | 'XLSX';

/** A member of the branch's roster, as an import matches rows to it. */
export interface RosterMember {
  id: string;
  memberNo: string;
  name: string;
  active: boolean;
}

/** One good row, ready to be written as an entry. */
export interface ImportRow extends EntryFields {
  rowNumber: number;
  memberId: string;
}

/** One problem: `row` as the spreadsheet shows it (header 1, first data row 2; 0 for the whole file). */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

export type ImportResult = { ok: true; rows: ImportRow[] } | { ok: false; problems: ImportProblem[] };

/** A row of the file as text cells, by column position (0-based). */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

/** What a reader gives: the rows, or the one problem that stops reading. */
export type ReadResult = { rows: RawRow[] } | { problem: ImportProblem };
