import { AuditEventRecord, auditEventsUnder, AuditFeedQuery, readAuditFeed } from '@jifen/kit/server';
import { DataSource } from 'typeorm';

/** One service's audit log, read for the caller of the current request. */
export interface AuditSource {
  readonly service: 'ledger' | 'scheme' | 'rating';
  read(token: string, query: AuditFeedQuery): Promise<AuditEventRecord[]>;
}

/** The ledger's own log, straight from its table. */
export class LedgerAuditLog implements AuditSource {
  readonly service = 'ledger';
  constructor(private readonly dataSource: DataSource) {}

  read(_token: string, query: AuditFeedQuery): Promise<AuditEventRecord[]> {
    return auditEventsUnder(this.dataSource, 'ledger', query.organizationPath, query);
  }
}

/** Another service's log through its `GET /audit` feed, with the request's internal token (never its tables). */
export class PeerAuditLog implements AuditSource {
  constructor(
    readonly service: 'scheme' | 'rating',
    private readonly url: () => string,
  ) {}

  read(token: string, query: AuditFeedQuery): Promise<AuditEventRecord[]> {
    return readAuditFeed(this.url(), token, query);
  }
}
