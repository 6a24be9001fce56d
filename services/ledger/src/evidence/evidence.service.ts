import { createHash, randomUUID } from 'node:crypto';
import { AppError, RequestContext, UploadErrorCode } from '@jifen/kit';
import { UploadHandler, UploadRequest } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { oncePerKey } from '../client-key/client-key';
import { assertMayActAny, RegisterAction } from '../ledger-access';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { branchInScope } from '../register/branch-lookup';
import { BranchRef } from '../scoring/score-keeper';
import { EvidenceProblem, evidenceProblem, evidenceType, MAX_EVIDENCE_BYTES, typeNotAccepted } from './evidence-file';
import { EvidenceRecord, insertEvidence } from './evidence.storage';
import { fileNameParameter, organizationParameter } from './upload-parameters';

/** What `POST /uploads/evidence` answers: the id `declareEntry(evidenceIds:)` takes, and what was kept. */
export interface EvidenceUploaded {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface Prepared {
  branch: BranchRef;
  fileName: string;
  contentType: string;
  clientKey: string | null;
}

/** A file problem as the upload path answers it: 413 for size, 415 for type, 400 otherwise. */
export function evidenceError(problem: EvidenceProblem, fileName: string): AppError {
  if (problem.kind === 'TOO_LARGE')
    return new AppError(UploadErrorCode.FILE_TOO_LARGE, problem.message, { fileName, limit: MAX_EVIDENCE_BYTES });
  if (problem.kind === 'TYPE')
    return new AppError(UploadErrorCode.UNSUPPORTED_FILE_TYPE, problem.message, { fileName });
  return new LedgerError(LedgerErrorCode.INVALID_EVIDENCE, problem.message, { fileName });
}

/**
 * 证明材料, received at `POST /uploads/evidence?organizationId=…&fileName=…` with the file as the body and its
 * type as Content-Type: kept in PostgreSQL beside the register, so a restart or a new machine never loses one.
 * Rights as always: DECLARE or KEEP_REGISTER at that branch, checked before the body is read.
 */
export class EvidenceService implements UploadHandler<unknown, Prepared> {
  readonly maxBytes = MAX_EVIDENCE_BYTES;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  async prepare({ query, contentType }: UploadRequest, { caller }: RequestContext): Promise<Prepared> {
    const fileName = fileNameParameter(
      query,
      (message) => new LedgerError(LedgerErrorCode.INVALID_EVIDENCE, message, { field: 'fileName' }),
    );
    const organizationId = organizationParameter(query);
    if (!evidenceType(contentType)) throw evidenceError(typeNotAccepted(), fileName);
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, organizationId));
    // Evidence serves a declaration (DECLARE) or the register itself, e.g. a condition's proof (KEEP_REGISTER).
    assertMayActAny(caller, [RegisterAction.DECLARE, RegisterAction.KEEP], branch.path);
    return { branch, fileName, contentType, clientKey: query.clientKey ?? null };
  }

  async store(
    content: Buffer,
    { branch, fileName, contentType, clientKey }: Prepared,
    { caller }: RequestContext,
  ): Promise<EvidenceUploaded> {
    const problem = evidenceProblem(fileName, contentType, content);
    if (problem) throw evidenceError(problem, fileName);
    const now = this.clock();
    const sha256 = createHash('sha256').update(content).digest('hex');
    const record = await this.dataSource.transaction((db) =>
      oncePerKey(
        db,
        caller,
        clientKey,
        'uploadEvidence',
        { organizationId: branch.id, fileName, contentType, sha256 },
        now,
        async () => {
          const kept: EvidenceRecord = {
            id: randomUUID(),
            branchId: branch.id,
            fileName,
            contentType,
            size: content.length,
            sha256,
            uploadedBy: caller.subject,
            uploadedAt: now.toISOString(),
          };
          await insertEvidence(db, branch.districtId, kept, content);
          return kept;
        },
      ),
    );
    return {
      id: record.id,
      fileName: record.fileName,
      contentType: record.contentType,
      size: record.size,
      sha256: record.sha256,
    };
  }
}
