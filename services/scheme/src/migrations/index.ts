import { Schemes1763700000000 } from './1763700000000-schemes';
import { Filings1763800000000 } from './1763800000000-filings';
import { SchemeOwnerPath1764200000000 } from './1764200000000-scheme-owner-path';
import { AuditEvents1765000000000 } from './1765000000000-audit-events';
import { ActorNames1765700000000 } from './1765700000000-actor-names';

/** Every scheme migration, oldest first. */
export const schemeMigrations = [
  Schemes1763700000000,
  Filings1763800000000,
  SchemeOwnerPath1764200000000,
  AuditEvents1765000000000,
  ActorNames1765700000000,
];
