import { renewSession, SessionAnswer } from './session-api';

/** The cookie the gateway keeps beside the httpOnly ones: when the access cookie lapses (milliseconds), no token. */
const EXPIRES_COOKIE = 'jifen_session_expires';
/** Renew this long before the access cookie lapses. */
const RENEW_BEFORE_MS = 90_000;

export function sessionExpiresAt(): number | null {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${EXPIRES_COOKIE}=`));
  const value = match ? Number(match.slice(EXPIRES_COOKIE.length + 1)) : NaN;
  return Number.isFinite(value) ? value : null;
}

let renewing: Promise<SessionAnswer | null> | null = null;

/**
 * One renewal at a time in this tab, and across tabs one after another (Web Locks): a tab that gets the lock after
 * another tab renewed sees the new expiry in the shared cookie and does not renew again. `force`: renew even if the
 * cookie says there is time left (an answer said the session had lapsed).
 */
export function renewOnce(force = false): Promise<SessionAnswer | null> {
  if (renewing) return renewing;
  const expiresBefore = sessionExpiresAt();
  const work = async (): Promise<SessionAnswer | null> => {
    const expires = sessionExpiresAt();
    const renewedElsewhere = expires !== null && expires !== expiresBefore;
    if (renewedElsewhere || (!force && expires !== null && expires - Date.now() > RENEW_BEFORE_MS)) return null;
    return renewSession();
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const run = (locks ? locks.request('jifen-session-renewal', work) : work()) as Promise<SessionAnswer | null>;
  renewing = run.finally(() => {
    renewing = null;
  });
  return renewing;
}

/** Keeps the session alive while the page is open: renews shortly before the access cookie lapses. */
export function startSessionClock(onSignedOut: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const plan = () => {
    const expires = sessionExpiresAt();
    if (expires === null) return;
    const wait = Math.max(5_000, expires - Date.now() - RENEW_BEFORE_MS);
    timer = setTimeout(() => {
      renewOnce()
        .then(plan)
        .catch(() => onSignedOut());
    }, wait);
  };
  plan();
  return () => clearTimeout(timer);
}
