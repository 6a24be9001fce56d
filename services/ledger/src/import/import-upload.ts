import { createHash, randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { AppError, RequestContext, UploadErrorCode, XLSX_CONTENT_TYPE } from '@jifen/kit';
import { UploadHandler, UploadRequest } from '@jifen/kit/server';
import { DataSource } from 'typeorm';
import { EVIDENCE_TYPES } from '../evidence/evidence-file';
import { fileNameParameter, organizationParameter } from '../evidence/upload-parameters';
import { assertMayAct, RegisterAction } from '../ledger-access';
import { branchInScope } from '../register/branch-lookup';
import { BranchRef } from '../scoring/score-keeper';
import { ImportFormat } from './import-types';
import { insertPendingUpload, PendingUpload } from './import-upload.storage';

/** The largest import file: a 1,000-row sheet is about 100 KB as CSV and less as xlsx; 5 MB leaves room for formatting. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** How long an uploaded import file waits for its `importEntries` (real time, on the database's clock). */
export const IMPORT_UPLOAD_TTL_SECONDS = 60 * 60;

const LABEL: Record<ImportFormat, string> = { CSV: 'CSV 文件', XLSX: 'Excel 工作簿（xlsx）' };

/** Declared types a browser or a tool may send for a CSV or an xlsx file; the bytes decide which it is. */
const DECLARED: Record<string, ImportFormat | null> = {
  '': null,
  'application/octet-stream': null,
  'text/csv': 'CSV',
  'application/csv': 'CSV',
  'text/plain': 'CSV',
  // What Windows reports for a .csv file when Excel is installed.
  'application/vnd.ms-excel': 'CSV',
  [XLSX_CONTENT_TYPE]: 'XLSX',
  'application/zip': 'XLSX',
};

const unsupported = (message: string) => new AppError(UploadErrorCode.UNSUPPORTED_FILE_TYPE, message);
const ONLY = '只接受 CSV（UTF-8）或 Excel 工作簿（xlsx）';

/** What the bytes are: an xlsx is a zip; a CSV is UTF-8 text. Refused (415) when neither, or not what was declared. */
export function importFormatOf(content: Buffer, declaredType: string): ImportFormat {
  if (content.length === 0) throw new AppError(UploadErrorCode.INVALID_UPLOAD, '文件是空的');
  const declared = DECLARED[declaredType];
  let actual: ImportFormat;
  const other = EVIDENCE_TYPES.find((t) => t.matches(content));
  if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) actual = 'XLSX';
  else if (other) throw unsupported(`${ONLY}，这个文件是${other.label}`);
  else if (content.includes(0)) throw unsupported(`${ONLY}，这个文件两者都不是（旧版 xls 请先另存为 xlsx）`);
  else if (!isUtf8(content))
    throw unsupported(
      'CSV 文件不是 UTF-8 编码，无法读取中文：请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”，或直接上传 xlsx 文件',
    );
  else actual = 'CSV';
  if (declared && declared !== actual)
    throw unsupported(`文件实际是 ${LABEL[actual]}，与所报类型（${LABEL[declared]}）不符`);
  return actual;
}

interface Prepared {
  branch: BranchRef;
  fileName: string;
  contentType: string;
}

/** What `POST /uploads/import` answers: the `uploadId` importEntries takes, and until when it does. */
export interface ImportUploaded {
  id: string;
  fileName: string;
  format: ImportFormat;
  size: number;
  sha256: string;
  expiresAt: string;
}

/**
 * An import file, received at `POST /uploads/import?organizationId=…&fileName=…`: kept as a pending upload of
 * the one who sent it for an hour, then read (under the import limits) by the `importEntries` naming it.
 * Uploading one is record keeping (KEEP_REGISTER at that branch), as importing is.
 */
export class ImportUploads implements UploadHandler<unknown, Prepared> {
  readonly maxBytes = MAX_IMPORT_BYTES;

  constructor(private readonly dataSource: DataSource) {}

  async prepare({ query, contentType }: UploadRequest, { caller }: RequestContext): Promise<Prepared> {
    const fileName = fileNameParameter(
      query,
      (message) => new AppError(UploadErrorCode.INVALID_UPLOAD, message, { field: 'fileName' }),
    );
    const organizationId = organizationParameter(query);
    if (!Object.hasOwn(DECLARED, contentType))
      throw unsupported(`${ONLY}（Content-Type 为 text/csv 或 ${XLSX_CONTENT_TYPE}），不能是“${contentType}”`);
    const branch = await this.dataSource.transaction((db) => branchInScope(db, caller, organizationId));
    assertMayAct(caller, RegisterAction.KEEP, branch.path);
    return { branch, fileName, contentType };
  }

  async store(
    content: Buffer,
    { branch, fileName, contentType }: Prepared,
    { caller }: RequestContext,
  ): Promise<ImportUploaded> {
    const format = importFormatOf(content, contentType);
    const upload: PendingUpload = {
      id: randomUUID(),
      branchId: branch.id,
      format,
      fileName,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedBy: caller.subject,
    };
    const expiresAt = await this.dataSource.transaction((db) =>
      insertPendingUpload(db, branch.districtId, upload, content, IMPORT_UPLOAD_TTL_SECONDS),
    );
    return { id: upload.id, fileName, format, size: upload.size, sha256: upload.sha256, expiresAt };
  }
}
