import { Caller } from '../context/caller';
import { AppError, KitErrorCode } from '../errors/app-error';
import { DownloadHandler } from '../server/downloads';
import { auditDetail } from './audit-detail';
import { actorOf, AUDIT_OK, AuditDb, AuditKind, insertAuditRows } from './audit-event';

/** Records one export (a download) in the service's audit log: who, which key, which file, with which parameters. */
export function recordExport(
  db: AuditDb,
  schema: string,
  caller: Caller,
  requestId: string,
  name: string,
  detail: Record<string, unknown>,
  outcome: string = AUDIT_OK,
): Promise<void> {
  return insertAuditRows(db, schema, [
    { ...actorOf(caller), requestId, kind: AuditKind.EXPORT, operation: name, detail: auditDetail(detail), outcome },
  ]);
}

/** The code an export failed with, as the log records it. */
export function outcomeOfError(error: unknown): string {
  return error instanceof AppError ? error.code : KitErrorCode.INTERNAL;
}

/**
 * Every download of `handlers`, recorded: a file goes out only once its export is in the log (if the log cannot
 * be written, the download fails); a refused download is recorded with its error code, then refused as before.
 */
export function auditedDownloads<L>(
  handlers: Record<string, DownloadHandler<L>>,
  db: AuditDb,
  schema: string,
): Record<string, DownloadHandler<L>> {
  const audited: Record<string, DownloadHandler<L>> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    audited[name] = async (query, context) => {
      const record = (outcome: string) =>
        recordExport(db, schema, context.caller, context.requestId, name, query, outcome);
      let download;
      try {
        download = await handler(query, context);
      } catch (error) {
        await record(outcomeOfError(error)).catch((failure) =>
          context.logger.error('audit: refused export not recorded', {
            requestId: context.requestId,
            operation: name,
            error: String(failure),
          }),
        );
        throw error;
      }
      await record(AUDIT_OK);
      return download;
    };
  }
  return audited;
}
