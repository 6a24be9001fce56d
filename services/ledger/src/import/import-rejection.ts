import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { ImportProblem } from './import-types';

const where = (p: ImportProblem) => `${p.row > 0 ? `第 ${p.row} 行` : ''}${p.column ? `“${p.column}”` : ''}`;

/** IMPORT_REJECTED: nothing imported, with the first problems in the message and all of them in `problems`. */
export function importRejected(problems: readonly ImportProblem[]): LedgerError {
  const file = problems.find((p) => p.row === 0);
  if (file)
    return new LedgerError(LedgerErrorCode.IMPORT_REJECTED, `导入文件未导入：${file.message}`, { problems: [file] });
  const rows = new Set(problems.map((p) => p.row)).size;
  const first = problems
    .slice(0, 5)
    .map((p) => `${where(p)}${p.message}`)
    .join('；');
  return new LedgerError(
    LedgerErrorCode.IMPORT_REJECTED,
    `导入文件有 ${rows} 行有问题，全部未导入：${first}${problems.length > 5 ? '……' : ''}`,
    { problems },
  );
}
