// Recognises the errors that mean "PostgreSQL cannot be reached right now" (stopped, restarting,
// unreachable, out of connections), however they are wrapped: pg's own errors and socket errors,
// Prisma's errors around the driver adapter's, pg-boss's plain error objects, `cause` chains and
// AggregateErrors (a host name resolving to several addresses). Anything else is a real bug.

/** SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now, class 08 connection exceptions, too_many_connections. */
const unavailableSqlStates = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);

const socketErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Prisma: can't reach the server, timed out reaching it, server closed the connection, no pool connection in time. */
const unavailablePrismaCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/** @prisma/adapter-pg's kinds for socket errors and too many connections. */
const unavailableAdapterKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/** pg and pg-pool errors that carry no code, only a message. */
const unavailableMessages = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
];

const maximumDepth = 8;

export function isDatabaseUnavailableError(error: unknown): boolean {
  return matches(error, 0);
}

function matches(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth > maximumDepth) return false;
  const record = value as Record<string, unknown>;
  // Prisma's initialisation errors carry their code as errorCode.
  const { code, errorCode, kind, message } = record;
  if (typeof code === 'string') {
    if (unavailableSqlStates.has(code) || socketErrorCodes.has(code)) return true;
    if (unavailablePrismaCodes.has(code)) return true;
  }
  if (typeof errorCode === 'string' && unavailablePrismaCodes.has(errorCode)) return true;
  if (typeof kind === 'string' && unavailableAdapterKinds.has(kind)) return true;
  if (kind === 'postgres' && typeof record.originalCode === 'string') {
    if (unavailableSqlStates.has(record.originalCode)) return true;
  }
  if (typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message)))
    return true;

  const meta = record.meta as Record<string, unknown> | undefined;
  const nested = [
    record.cause,
    meta?.driverAdapterError,
    ...(Array.isArray(record.errors) ? record.errors : []),
  ];
  return nested.some((inner) => matches(inner, depth + 1));
}
