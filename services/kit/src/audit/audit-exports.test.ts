import { Role } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { XLSX_CONTENT_TYPE } from '../http/file-bodies';
import { DownloadHandler } from '../server/downloads';
import { REDACTED } from './audit-detail';
import { auditedDownloads } from './audit-exports';

describe('exports recorded in the audit log', () => {
  const file = {
    fileName: '积分总台账-东村党支部-2025.xlsx',
    contentType: XLSX_CONTENT_TYPE,
    body: Buffer.from('xlsx'),
  };
  const handlers: Record<string, DownloadHandler> = {
    'ledger-book.xlsx': async () => file,
    'register-sheet.xlsx': async () => {
      throw new AppError('MEMBER_NOT_FOUND', '找不到该党员');
    },
  };
  const setUp = (failing = false) => {
    const sent: unknown[][] = [];
    const logged: Record<string, unknown>[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (message, fields) => logged.push({ message, ...fields }),
    };
    const db = {
      query: async (_sql: string, parameters?: unknown[]) => {
        if (failing) throw new Error('connection terminated');
        sent.push(parameters ?? []);
      },
    };
    const context: RequestContext = {
      caller: { role: Role.BRANCH_SECRETARY, scopePath: 'd1.b1', subject: 'key:9' },
      requestId: 'req-x',
      token: 't',
      loaders: {},
      logger,
    };
    return { sent, logged, context, audited: auditedDownloads(handlers, db, 'ledger') };
  };

  it('records a download with its parameters (secrets hidden), then hands the file out', async () => {
    const { sent, context, audited } = setUp();
    await expect(
      audited['ledger-book.xlsx']({ organizationId: 'o-1', period: '2025', token: 'leak' }, context),
    ).resolves.toBe(file);
    expect(sent).toHaveLength(1);
    expect([sent[0][2], sent[0][5], sent[0][6], sent[0][7], sent[0][9]]).toEqual([
      'key:9',
      'req-x',
      'EXPORT',
      'ledger-book.xlsx',
      'OK',
    ]);
    expect(JSON.parse(sent[0][8] as string)).toEqual({ organizationId: 'o-1', period: '2025', token: REDACTED });
  });

  it('records a refused download with its code, then refuses it as before', async () => {
    const { sent, context, audited } = setUp();
    await expect(audited['register-sheet.xlsx']({ memberId: 'm-1' }, context)).rejects.toMatchObject({
      code: 'MEMBER_NOT_FOUND',
    });
    expect(sent[0][9]).toBe('MEMBER_NOT_FOUND');
  });

  it('hands no file out when the log cannot be written', async () => {
    const { context, audited, logged } = setUp(true);
    await expect(audited['ledger-book.xlsx']({}, context)).rejects.toThrow('connection terminated');
    await expect(audited['register-sheet.xlsx']({}, context)).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    expect(logged).toEqual([
      expect.objectContaining({ message: 'audit: refused export not recorded', requestId: 'req-x' }),
    ]);
  });
});
