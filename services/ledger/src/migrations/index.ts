import { Roster1763700000000 } from './1763700000000-roster';

/** Every ledger migration, oldest first. */
export const ledgerMigrations = [Roster1763700000000];
