import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';

/** bcrypt's cost: about 0.1 s a hash here, the price of each password guess. */
const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function passwordMatches(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash of a password no one has, compared against when the username is unknown so both answers take as long. */
export const UNKNOWN_ACCOUNT_HASH = bcrypt.hashSync('no account has this password 0', BCRYPT_COST);

/** A random secret with a prefix saying what it is: `jk_…` API keys, `jr_…` refresh tokens. */
export function newSecret(prefix: 'jk' | 'jr'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Long random secrets need no slow hash: SHA-256 keeps them unreadable at rest and findable by equality. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
