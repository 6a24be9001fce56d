import {
  AppError,
  Caller,
  hasRight,
  isWithinScope,
  KitErrorCode,
  Logger,
  MAX_PAGE,
  Right,
  assertPage,
} from '@jifen/kit';
import { AuditEventRecord, isInstant } from '@jifen/kit/server';
import { LedgerError, LedgerErrorCode, organizationNotFound } from '../ledger-error';
import { AuditEvent } from './audit-event.type';
import { AuditSource } from './audit-sources';

/** What the log is read for: the caller, the token to forward, and where to report a service that does not answer. */
export interface AuditReader {
  caller: Caller;
  token: string;
  requestId: string;
  logger: Logger;
}

export interface AuditLogPage {
  first: number;
  before?: string | null;
}

const serviceLabel: Record<AuditSource['service'], string> = { ledger: '台账', scheme: '积分方案', rating: '评星定级' };

/** The whole platform's audit log under a node: each service's own log, merged newest first. */
export class AuditLogService {
  constructor(private readonly sources: readonly AuditSource[]) {}

  async under(reader: AuditReader, org: { id: string; path: string }, page: AuditLogPage): Promise<AuditEvent[]> {
    if (!isWithinScope(reader.caller, org.path)) throw organizationNotFound(org.id);
    if (!hasRight(reader.caller, Right.READ_AUDIT))
      throw new LedgerError(
        LedgerErrorCode.FORBIDDEN,
        '您没有查看审计日志的权限（区委、镇街党委可以查看本级及下级的审计日志）',
        { right: Right.READ_AUDIT },
      );
    assertPage(page.first, 0, MAX_PAGE);
    const before = page.before?.trim() || null;
    if (before !== null && !isInstant(before)) {
      throw new AppError(
        KitErrorCode.BAD_USER_INPUT,
        'before 应为带时区的时刻，即上一页最后一条记录的 at，如 2026-11-21T08:00:00.000000Z',
        { field: 'before' },
      );
    }
    const query = { organizationPath: org.path, before, first: page.first };
    const pages = await Promise.all(this.sources.map((source) => this.read(reader, source, query)));
    return newestFirst(pages, page.first);
  }

  private async read(
    reader: AuditReader,
    source: AuditSource,
    query: { organizationPath: string; before: string | null; first: number },
  ): Promise<AuditEvent[]> {
    try {
      return (await source.read(reader.token, query)).map((event) => eventOf(source.service, event));
    } catch (error) {
      if (error instanceof AppError) throw error;
      reader.logger.error('audit log: a service did not answer', {
        service: source.service,
        requestId: reader.requestId,
        error: String(error),
      });
      throw new AppError(
        KitErrorCode.INTERNAL,
        `${serviceLabel[source.service]}服务的审计日志暂时无法读取，请稍后重试`,
        { service: source.service },
      );
    }
  }
}

function eventOf(service: AuditSource['service'], event: AuditEventRecord): AuditEvent {
  return {
    ...event,
    id: `${service}:${event.id}`,
    service,
    keyId: event.keyId ?? null,
    detail: JSON.stringify(event.detail ?? {}),
  };
}

/** The first `first` events of several newest-first pages, newest first (equal instants: by service, then latest row first). */
export function newestFirst(pages: readonly (readonly AuditEvent[])[], first: number): AuditEvent[] {
  const seq = (event: AuditEvent) => event.id.slice(event.id.indexOf(':') + 1);
  return pages
    .flat()
    .sort((a, b) =>
      a.at !== b.at
        ? a.at < b.at
          ? 1
          : -1
        : a.service !== b.service
          ? a.service < b.service
            ? -1
            : 1
          : compareSeq(seq(b), seq(a)),
    )
    .slice(0, first);
}

/** Row ids are bigserials as text: the longer one is the later. */
function compareSeq(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
