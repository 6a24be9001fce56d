import { IncomingMessage } from 'node:http';
import { AppError, KitErrorCode } from '../errors/app-error';

/*
 * The bodies of the file routes, shared by the services' upload and download routes and the gateway's proxies of them:
 * their codes and statuses, reading a body under a limit, dropping the rest.
 */

/** The content type of an Excel workbook (.xlsx). */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Codes of the upload path, each with its HTTP status (uploadStatusOf). */
export enum UploadErrorCode {
  /** Past the kind's size limit: refused as it streamed in (413). */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** Not a type this kind accepts, or bytes that are not what the type says (415). */
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  /** A missing or unusable parameter, an empty file (400). */
  INVALID_UPLOAD = 'INVALID_UPLOAD',
  /** The client stopped sending before the end: nothing kept (400). */
  UPLOAD_INTERRUPTED = 'UPLOAD_INTERRUPTED',
  /** An upload id that is unknown, expired, already used or not the caller's (404 on the upload path; a GraphQL error elsewhere). */
  UPLOAD_NOT_FOUND = 'UPLOAD_NOT_FOUND',
  /** Too many uploads at once in this service; retry shortly (503). */
  UPLOADS_BUSY = 'UPLOADS_BUSY',
}

/** What a client may still send after an early answer that is read and dropped; past it the connection is closed. */
const DISCARD_LIMIT = 32 * 1024 * 1024;

/** The refusal of a body past `maxBytes`, in MB as people count them. */
export function fileTooLarge(maxBytes: number): AppError {
  return new AppError(
    UploadErrorCode.FILE_TOO_LARGE,
    `文件超过 ${+(maxBytes / 1024 / 1024).toFixed(1)} MB，请压缩或拆分后再上传`,
    { limit: maxBytes },
  );
}

/** The whole body, refused (FILE_TOO_LARGE) the moment it passes `maxBytes`; what came before is dropped. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error: AppError | null) => {
      req.off('data', onData).off('end', onEnd).off('error', onClose).off('close', onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.pause();
        return done(fileTooLarge(maxBytes));
      }
      chunks.push(chunk);
    };
    const onEnd = () => done(null);
    const onClose = () => done(new AppError(UploadErrorCode.UPLOAD_INTERRUPTED, '上传中断，文件没有保存，请重新上传'));
    req.on('data', onData).on('end', onEnd).on('error', onClose).on('close', onClose);
  });
}

/** After an early answer, reads and drops what the client still sends (so it reads the answer instead of a reset), up to a limit. */
export function discardRest(req: IncomingMessage, limit = DISCARD_LIMIT): void {
  if (req.complete || req.destroyed) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

/** The HTTP status of an upload's error code. */
export function uploadStatusOf(code: string): number {
  switch (code) {
    case KitErrorCode.UNAUTHENTICATED:
      return 401;
    case 'FORBIDDEN':
      return 403;
    case UploadErrorCode.FILE_TOO_LARGE:
      return 413;
    case UploadErrorCode.UNSUPPORTED_FILE_TYPE:
      return 415;
    case UploadErrorCode.UPLOADS_BUSY:
      return 503;
    case KitErrorCode.INTERNAL:
      return 500;
    default:
      return code === KitErrorCode.NOT_FOUND || code.endsWith('_NOT_FOUND') ? 404 : 400;
  }
}
