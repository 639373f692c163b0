import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { isDatabaseUnavailableError } from './database-errors';

// The shapes seen while PostgreSQL was stopped and restarting (tests/reliability/database-outage.test.ts
// produces the real ones); here the wrappings that are hard to provoke, and what must not count.

const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect' });
const prismaError = (code: string, cause: object) =>
  Object.assign(new Error('Invalid `prisma.user.count()` invocation'), {
    code,
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
  });

describe('isDatabaseUnavailableError', () => {
  it.each([
    ['a refused connection', socketError('ECONNREFUSED')],
    [
      'admin shutdown (57P01)',
      Object.assign(new Error('terminating connection'), { code: '57P01', severity: 'FATAL' }),
    ],
    [
      'Prisma around "starting up" (57P03)',
      prismaError('P2010', { kind: 'postgres', originalCode: '57P03' }),
    ],
    ['Prisma around an unreachable server', prismaError('P1001', { kind: 'DatabaseNotReachable' })],
    ['Prisma around a closed connection', prismaError('P2010', { kind: 'ConnectionClosed' })],
    [
      'Prisma initialisation (errorCode P1001)',
      Object.assign(new Error("Can't reach database"), { errorCode: 'P1001' }),
    ],
    ['a connection timeout', new Error('Connection terminated due to connection timeout')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
    ['too many connections (53300)', Object.assign(new Error('sorry, too many clients'), { code: '53300' })],
    [
      'pg-boss plain error object',
      { message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED', queue: 'q' },
    ],
    [
      'localhost: both addresses refused',
      new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')]),
    ],
    [
      'deep in a cause chain',
      new Error('loading failed', { cause: new Error('query', { cause: socketError('ECONNRESET') }) }),
    ],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  const cyclic: Error & { cause?: unknown } = new Error('cyclic');
  cyclic.cause = cyclic;

  it.each([
    [
      'a unique violation (23505)',
      Object.assign(new Error('duplicate key'), { code: '23505', severity: 'ERROR' }),
    ],
    ['Prisma unique violation (P2002)', prismaError('P2002', { kind: 'UniqueConstraintViolation' })],
    ['a statement timeout (57014)', Object.assign(new Error('canceling statement'), { code: '57014' })],
    ['a domain error', new AppError('NOT_FOUND')],
    ['a plain error', new Error('Connection refused by policy')],
    ['a cyclic cause chain', cyclic],
    ['no error at all', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('does not count %s', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});
