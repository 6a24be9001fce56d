import { createHash, randomUUID } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { DataSource } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { assertMayActAny, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { branchInScope } from '../register/branch-lookup';
import { evidenceProblem } from './evidence-file';
import { EvidenceRecord, insertEvidence } from './evidence.storage';

export interface UploadEvidence {
  organizationId: string;
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** 证明材料: kept in PostgreSQL beside the register, so a restart or a new machine never loses one. */
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  async upload(caller: Caller, input: UploadEvidence, clientKey?: string | null): Promise<EvidenceRecord> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw new LedgerError(LedgerErrorCode.INVALID_EVIDENCE, '文件内容应为 base64 编码', { field: 'contentBase64' });
    const content = Buffer.from(input.contentBase64, 'base64');
    const fileName = input.fileName.trim();
    const problem = evidenceProblem(fileName, input.contentType, content);
    if (problem) throw new LedgerError(LedgerErrorCode.INVALID_EVIDENCE, problem, { fileName });
    const now = this.clock();
    return this.dataSource.transaction(async (db) => {
      const branch = await branchInScope(db, caller, input.organizationId);
      // Evidence serves a declaration (DECLARE) or the register itself, e.g. a condition's proof (KEEP_REGISTER).
      assertMayActAny(caller, [RegisterAction.DECLARE, RegisterAction.KEEP], branch.path);
      return oncePerKey(db, caller, clientKey, 'uploadEvidence', input, now, async () => {
        const record: EvidenceRecord = {
          id: randomUUID(),
          branchId: branch.id,
          fileName,
          contentType: input.contentType.toLowerCase(),
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          uploadedBy: caller.subject,
          uploadedAt: now.toISOString(),
        };
        await insertEvidence(db, branch.districtId, record, content);
        return record;
      });
    });
  }
}
