import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { pool } from './pool';

// One client per server process, kept on globalThis because the dev server re-evaluates
// modules. Created on first use, so that `next build` can import this module without a database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client() {
  globalForPrisma.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === 'function' ? value.bind(client()) : value;
  },
});

export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
