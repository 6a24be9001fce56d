import { deriveSecret } from '@jifen/kit';
import {
  auditedDownloads,
  BackgroundTasks,
  ClassType,
  Downloads,
  InternalEndpoints,
  ServiceDefinition,
  Uploads,
} from '@jifen/kit/server';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditLogService } from './audit/audit-log.service';
import { LedgerAuditLog, PeerAuditLog } from './audit/audit-sources';
import { AccessResolver, OrganizationAccessResolver } from './identity/access.resolver';
import { OrganizationAccessWithinResolver } from './identity/access-within.resolver';
import { AccountService } from './identity/account.service';
import { ApiKeyService } from './identity/api-key.service';
import { SessionService } from './identity/session.service';
import { endedSessionsRequest, SessionEndings } from './identity/session-endings';
import { sessionsEndedSince } from './identity/session.storage';
import { ExportService } from './exports/export.service';
import { SubgraphRatingStars } from './exports/rating-stars';
import { EntryResolver } from './entry/entry.resolver';
import { EntryReviewService } from './entry/entry-review.service';
import { EntryService } from './entry/entry.service';
import { EvidenceService } from './evidence/evidence.service';
import { ImportUploads } from './import/import-upload';
import { LedgerContext } from './ledger-context';
import { LedgerLoaders, makeLedgerLoaders } from './ledger-loaders';
import { MemberRegisterResolver } from './member/member-register.resolver';
import { MemberTransferEntity } from './member/member-transfer.entity';
import { MemberEntity } from './member/member.entity';
import { MemberResolver } from './member/member.resolver';
import { MemberTransferService } from './member/member-transfer.service';
import { MemberService } from './member/member.service';
import { ledgerMigrations } from './migrations';
import { OrganizationRegisterResolver } from './organization/organization-register.resolver';
import { OrganizationRegisterTodoResolver } from './todo/register-todo.resolver';
import { OrganizationEntity } from './organization/organization.entity';
import { OrganizationResolver } from './organization/organization.resolver';
import { OrganizationService } from './organization/organization.service';
import { RecordsResolver } from './records/records.resolver';
import { ExemptionService } from './records/exemption.service';
import { RecordsService } from './records/records.service';
import { ObjectionService } from './register/objection.service';
import { PublicityService } from './register/publicity.service';
import { ObjectionResolver, PublicityResolver } from './register/register.resolver';
import { actorNameResolvers } from './identity/actor-names.resolver';
import { periodScoreView } from './scoring/period-score.view';
import { PeriodScoreResolver, ScoreStepResolver } from './scoring/period-score.resolver';
import { ScoreRollupFiguresResolver, ScoreRollupResolver } from './rollup/rollup.resolver';
import { SubgraphSchemeSource } from './scoring/scheme-source';
import { ScoreKeeper } from './scoring/score-keeper';
import { ScoreSweep, untilNextSweep } from './scoring/score-sweep';

/** A resolver class, the key type-graphql's container looks instances up by. */

/** The register (台账): owner of `Organization`, `Member`, `Entry`, `PublicityWindow`, `Objection` and `PeriodScore`. */
export const ledgerService: ServiceDefinition<LedgerLoaders> = {
  name: 'ledger',
  entities: [OrganizationEntity, MemberEntity, MemberTransferEntity],
  migrations: ledgerMigrations,
  resolvers: [
    OrganizationResolver,
    OrganizationRegisterResolver,
    OrganizationRegisterTodoResolver,
    MemberResolver,
    MemberRegisterResolver,
    EntryResolver,
    PublicityResolver,
    ObjectionResolver,
    RecordsResolver,
    PeriodScoreResolver,
    ScoreStepResolver,
    ScoreRollupResolver,
    ScoreRollupFiguresResolver,
    AccessResolver,
    OrganizationAccessResolver,
    OrganizationAccessWithinResolver,
    AuditLogResolver,
    ...actorNameResolvers,
  ],
  referenceResolvers: {
    Organization: {
      __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.organization.load(ref.id),
    },
    Member: { __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.member.load(ref.id) },
    Entry: { __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.entry.load(ref.id) },
    PublicityWindow: {
      __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.window.load(ref.id),
    },
    Objection: { __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.objection.load(ref.id) },
    PeriodScore: {
      __resolveReference: async (ref: { memberId: string; period: string }, ctx: LedgerContext) => {
        const record = await ctx.loaders.periodScore.load(`${ref.memberId}|${ref.period}`);
        return record ? periodScoreView(record) : null;
      },
    },
  },
  wire(dataSource, clock, peers, secrets) {
    // Sessions, lockouts and key limits run on real time, like the gateway that checks the tokens; the injected clock is the register's day.
    const realTime = () => new Date();
    const endings = new SessionEndings((from) => sessionsEndedSince(dataSource.manager, from), realTime);
    const sessions = { now: realTime, ended: () => endings.ended() };
    const organizations = new OrganizationService(dataSource, clock, sessions);
    const schemes = new SubgraphSchemeSource(() => peers.scheme);
    const keeper = new ScoreKeeper(schemes, clock);
    const sweep = new ScoreSweep(dataSource, keeper, secrets.tokenSecret, clock);
    const members = new MemberService(dataSource, organizations, clock, sweep);
    const transfers = new MemberTransferService(dataSource, organizations, clock, sessions, sweep);
    const accounts = new AccountService(dataSource, realTime, () => endings.ended());
    const keys = new ApiKeyService(dataSource, realTime);
    const stars = new SubgraphRatingStars(() => peers.rating, secrets.tokenSecret);
    return new Map<ClassType, unknown>([
      [OrganizationResolver, new OrganizationResolver(organizations)],
      [OrganizationRegisterResolver, new OrganizationRegisterResolver(dataSource, clock)],
      [OrganizationRegisterTodoResolver, new OrganizationRegisterTodoResolver(clock)],
      [MemberResolver, new MemberResolver(members, transfers, clock)],
      [MemberRegisterResolver, new MemberRegisterResolver(dataSource, keeper)],
      [
        EntryResolver,
        new EntryResolver(
          new EntryService(dataSource, keeper, schemes, clock),
          new EntryReviewService(dataSource, keeper, clock),
          dataSource,
        ),
      ],
      [PublicityResolver, new PublicityResolver(new PublicityService(dataSource, keeper, schemes, clock, stars))],
      [ObjectionResolver, new ObjectionResolver(new ObjectionService(dataSource, keeper, clock))],
      [
        RecordsResolver,
        new RecordsResolver(
          new RecordsService(dataSource, keeper, schemes, clock),
          new ExemptionService(dataSource, keeper, clock),
        ),
      ],
      [PeriodScoreResolver, new PeriodScoreResolver()],
      [ScoreStepResolver, new ScoreStepResolver()],
      [ScoreRollupResolver, new ScoreRollupResolver()],
      [ScoreRollupFiguresResolver, new ScoreRollupFiguresResolver()],
      [
        AuditLogResolver,
        new AuditLogResolver(
          new AuditLogService([
            new LedgerAuditLog(dataSource),
            new PeerAuditLog('scheme', () => peers.scheme),
            new PeerAuditLog('rating', () => peers.rating),
          ]),
        ),
      ],
      // Files come through `POST /uploads/<kind>`, never inside GraphQL.
      [
        Uploads,
        new Uploads({ evidence: new EvidenceService(dataSource, clock), import: new ImportUploads(dataSource) }),
      ],
      [
        Downloads,
        new Downloads(
          auditedDownloads(new ExportService(dataSource, schemes, clock, stars).handlers(), dataSource, 'ledger'),
        ),
      ],
      [
        AccessResolver,
        new AccessResolver(
          new SessionService(dataSource, deriveSecret(secrets.tokenSecret, 'session'), realTime, () => endings.ended()),
          accounts,
          keys,
        ),
      ],
      [OrganizationAccessResolver, new OrganizationAccessResolver(accounts, keys)],
      [OrganizationAccessWithinResolver, new OrganizationAccessWithinResolver(dataSource)],
      ...actorNameResolvers.map((type): [ClassType, unknown] => [type, new type(dataSource)]),
      // The gateway's check of an API key on every call made with one, and its feed of ended sessions.
      [
        InternalEndpoints,
        new InternalEndpoints({
          'check-api-key': (body) => keys.check((body as { secret?: unknown }).secret),
          'ended-sessions': (body) => endings.answer(endedSessionsRequest(body)),
          // The same sweep as the hourly one, now: for an operator, and for tests (whose services run no timers).
          'sweep-scores': () => sweep.sweep(),
        }),
      ],
      [
        BackgroundTasks,
        new BackgroundTasks([
          {
            name: 'score sweep',
            firstAfterMs: 15_000,
            nextAfterMs: untilNextSweep,
            run: () => sweep.sweep(),
          },
        ]),
      ],
    ]);
  },
  makeLoaders: makeLedgerLoaders,
};
