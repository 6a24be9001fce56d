import { QuotaPolicies1763700000000 } from './1763700000000-quota-policies';

/** Every rating migration, oldest first. */
export const ratingMigrations = [QuotaPolicies1763700000000];
