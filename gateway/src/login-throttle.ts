import { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/** A token bucket: `burst` attempts at once, then one more every `refillEveryMs`. */
export interface ThrottleRule {
  burst: number;
  refillEveryMs: number;
}

/**
 * Sign-in attempts per client address: 20 at once, then one every 3 s (20 a minute). Only failed guesses keep their
 * place (sign-in-gate.ts gives the others back), so people signing in right, even many behind one address, are never
 * slowed; a guesser gets 20 tries and then 20 a minute, and each account slows its own guessers down further (ledger).
 */
const LOGIN_THROTTLE: ThrottleRule = { burst: 20, refillEveryMs: 3_000 };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Per-key token buckets, in memory (one gateway process); a key whose bucket is full again is forgotten. */
export class LoginThrottle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: ThrottleRule = LOGIN_THROTTLE,
    private readonly now: () => number = Date.now,
    /** Beyond this many keys, full buckets are dropped, then the oldest. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes `count` attempts for `key`, all or none. */
  take(key: string, count = 1): ThrottleVerdict {
    const bucket = this.bucketOf(key);
    if (bucket.tokens >= count) {
      bucket.tokens -= count;
      return { allowed: true };
    }
    const missing = Math.min(count, this.rule.burst) - bucket.tokens;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((missing * this.rule.refillEveryMs) / 1000)) };
  }

  /** Returns attempts that turned out not to be failed guesses. */
  giveBack(key: string, count = 1): void {
    const bucket = this.buckets.get(key);
    if (!bucket) return;
    this.refill(bucket);
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + count);
  }

  /** How many keys are tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private bucketOf(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.refill(bucket);
      return bucket;
    }
    if (this.buckets.size >= this.maxKeys) this.makeRoom();
    bucket = { tokens: this.rule.burst, at: this.now() };
    this.buckets.set(key, bucket);
    return bucket;
  }

  private refill(bucket: Bucket): void {
    const now = this.now();
    const gained = (now - bucket.at) / this.rule.refillEveryMs;
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + gained);
    bucket.at = now;
  }

  private makeRoom(): void {
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket);
      if (bucket.tokens >= this.rule.burst) this.buckets.delete(key);
    }
    // Still full of live buckets: drop the oldest tenth.
    if (this.buckets.size >= this.maxKeys) {
      let drop = Math.ceil(this.maxKeys / 10);
      for (const key of this.buckets.keys()) {
        if (drop-- <= 0) break;
        this.buckets.delete(key);
      }
    }
  }
}

/**
 * Who a request comes from, as the throttle keys it: the socket's peer, or, behind a proxy the operator trusts
 * (TRUST_PROXY), the address that proxy appended last to X-Forwarded-For (earlier entries are the client's to forge).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const last = forwarded[forwarded.length - 1];
    if (last) return throttleKey(last);
  }
  return throttleKey(request.socket.remoteAddress ?? 'unknown');
}

/**
 * One key per client: an IPv4 address as it is (also when written as IPv6, ::ffff:a.b.c.d), an IPv6 address by its
 * /64 network (one subscriber holds a whole /64, and would otherwise have endless addresses to guess from).
 */
export function throttleKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const middle = tail === undefined ? [] : new Array(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
