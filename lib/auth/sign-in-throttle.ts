import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { pool } from '@/lib/db/pool';
import { addressNetwork } from '@/lib/security/client-address';

// Password guesses are counted in PostgreSQL, so every app instance sees the same counters: each
// attempt before its password is checked, given back when the password was right. Three limits,
// so that guessing is slow while a real user is never locked out for long:
// - one account from one network: 5 failures in 15 minutes, then 15 minutes' wait;
// - one account from anywhere: 20 failures an hour, then 5 minutes' wait (distributed guessing);
// - one network against any account: 100 failures a day, then an hour's wait (credential stuffing).
type Limiters = {
  accountAndNetwork: RateLimiterPostgres;
  account: RateLimiterPostgres;
  network: RateLimiterPostgres;
};

let limiters: Limiters | undefined;

function createLimiter(keyPrefix: string, points: number, durationSeconds: number, blockSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: pool(),
    storeType: 'pool',
    tableName: 'sign_in_rate_limits',
    tableCreated: true,
    keyPrefix,
    points,
    duration: durationSeconds,
    blockDuration: blockSeconds,
  });
}

function getLimiters(): Limiters {
  limiters ??= {
    accountAndNetwork: createLimiter('account-network', 5, 15 * 60, 15 * 60),
    account: createLimiter('account', 20, 60 * 60, 5 * 60),
    network: createLimiter('network', 100, 24 * 60 * 60, 60 * 60),
  };
  return limiters;
}

function keysFor(email: string, address: string) {
  const network = addressNetwork(address);
  return { accountAndNetwork: `${email}|${network}`, account: email, network };
}

type LimiterName = keyof Limiters;
const limiterNames: LimiterName[] = ['accountAndNetwork', 'account', 'network'];

/** An attempt the limits allowed: counted already, given back by `succeeded` when the password was right. */
export type SignInAttempt =
  { allowed: true; succeeded(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt of this email from this address before its password is checked, so that
 * parallel guesses cannot all pass a check made before any of them is counted: PostgreSQL adds
 * each one atomically, and only those within every limit are allowed. A refused attempt is
 * given back to the limits that had room, so that being blocked on one does not use up another.
 */
export async function takeSignInAttempt(email: string, address: string): Promise<SignInAttempt> {
  const limiters = getLimiters();
  const keys = keysFor(email, address);
  const results = await Promise.allSettled(limiterNames.map((name) => limiters[name].consume(keys[name])));
  const refusals = results.flatMap((result) =>
    result.status === 'rejected' ? [refusalOf(result.reason)] : [],
  );
  if (refusals.length > 0) {
    await Promise.all(
      limiterNames.map((name, index) =>
        results[index]!.status === 'fulfilled' ? limiters[name].reward(keys[name]) : null,
      ),
    );
    const waitMs = Math.max(...refusals.map((refusal) => refusal.msBeforeNext));
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
  return {
    allowed: true,
    // The right password: this attempt was no guess, and the account's guesses from this network
    // are forgiven. A counter back at zero goes, so no row keeps the email without a reason.
    succeeded: async () => {
      await Promise.all([
        limiters.accountAndNetwork.delete(keys.accountAndNetwork),
        limiters.account.reward(keys.account),
        limiters.network.reward(keys.network),
      ]);
      await pool().query(`DELETE FROM sign_in_rate_limits WHERE key = ANY($1::text[]) AND points <= 0`, [
        [`account:${keys.account}`, `network:${keys.network}`],
      ]);
    },
  };
}

/** A limit's refusal; anything else (the database is unreachable) is thrown on. */
function refusalOf(reason: unknown): RateLimiterRes {
  if (reason instanceof RateLimiterRes) return reason;
  throw reason;
}
