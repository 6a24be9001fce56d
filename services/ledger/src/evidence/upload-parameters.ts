import { AppError, UploadErrorCode } from '@jifen/kit';
import { fileNameProblem } from './evidence-file';

/** What every upload to the register names in its query string: the branch and the file's name. */

/** The branch named by `organizationId`, or the refusal saying it is missing. */
export function organizationParameter(query: Record<string, string>): string {
  const id = query.organizationId?.trim();
  if (!id)
    throw new AppError(UploadErrorCode.INVALID_UPLOAD, '请用 organizationId 参数指明上传到哪个党支部', {
      field: 'organizationId',
    });
  return id;
}

/** The file's name from `fileName` (percent-encoded in the URL), checked. */
export function fileNameParameter(query: Record<string, string>, invalid: (message: string) => AppError): string {
  const fileName = (query.fileName ?? '').trim();
  const problem = fileNameProblem(fileName);
  if (problem) throw invalid(`${problem}（请用 fileName 参数给出文件名，中文请按 UTF-8 百分号编码）`);
  return fileName;
}
