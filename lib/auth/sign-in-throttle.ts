import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { pool } from '@/lib/db/pool';
import { addressNetwork } from './client-address';

// Failed sign-ins are counted in PostgreSQL, so every app instance sees the same counters.
// Three limits, so that guessing is slow while a real user is never locked out for long:
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

/** Seconds until this email may try again from this address; 0 when it may try now. */
export async function secondsUntilSignInAllowed(email: string, address: string) {
  const keys = keysFor(email, address);
  const { accountAndNetwork, account, network } = getLimiters();
  const states = await Promise.all([
    accountAndNetwork.get(keys.accountAndNetwork),
    account.get(keys.account),
    network.get(keys.network),
  ]);
  const limits = [accountAndNetwork, account, network];
  let waitMs = 0;
  states.forEach((state, index) => {
    if (state && state.consumedPoints >= limits[index]!.points) waitMs = Math.max(waitMs, state.msBeforeNext);
  });
  return Math.ceil(waitMs / 1000);
}

export async function recordFailedSignIn(email: string, address: string) {
  const keys = keysFor(email, address);
  const { accountAndNetwork, account, network } = getLimiters();
  await Promise.all([
    accountAndNetwork.consume(keys.accountAndNetwork).catch(ignoreLimit),
    account.consume(keys.account).catch(ignoreLimit),
    network.consume(keys.network).catch(ignoreLimit),
  ]);
}

export async function recordSuccessfulSignIn(email: string, address: string) {
  await getLimiters().accountAndNetwork.delete(keysFor(email, address).accountAndNetwork);
}

function ignoreLimit(error: unknown) {
  if (!(error instanceof RateLimiterRes)) throw error;
}
