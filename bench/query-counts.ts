// Measurement 1: SQL statements per request, counted at PostgreSQL (statement-log.ts), for every
// page at 10 and at 5,000 locations, each as the first view after a change (the organisation's
// cached reads expired, see cache-expiry.ts) and as a repeated view (served from the cache).
// Target: the same count at both sizes, at most 10, either way. When location groups are seeded
// (bench/location-groups.ts), the pages are counted once more narrowed to a group and as a manager
// limited to it: the group's EXISTS goes into the same statements, so the counts must not grow.
import { spreadOf, type BenchContext, type Spread } from './context';
import { expectOk } from './http';
import { benchPages, credentialsFor, groupScopedPages } from './pages';
import type { StatementLog } from './statement-log';

export const maxStatementsPerPage = 10;

export type PageStatementCount = {
  page: string;
  label: string;
  /** First view after a change: every cached read of the organisation expired before each request. */
  small: Spread;
  chain: Spread;
  /** Repeated view: the organisation's reads served from the cache. */
  cachedSmall: Spread;
  cachedChain: Spread;
  /** BEGIN/COMMIT and the like among the chain's statements (included in the count). */
  chainTransactionControl: number;
  /** The statements of the last chain request, shortened, to see what a page asks. */
  chainStatements: string[];
  equal: boolean;
  pass: boolean;
};

export async function measureStatementCounts(
  context: BenchContext,
  statementLog: StatementLog,
  apiTokens: Record<string, string>,
): Promise<{ target: string; pages: PageStatementCount[]; pass: boolean }> {
  const repetitions = context.quick ? 1 : 3;
  const { small, chain } = context.organisations;
  const pages: PageStatementCount[] = [];
  await statementLog.enable();
  try {
    const pagesToCount = benchPages();
    if (small.groupId && chain.groupId && context.limitedCookie) {
      pagesToCount.push(...groupScopedPages(pagesToCount));
    }
    for (const page of pagesToCount) {
      const counts = { small: [] as number[], chain: [] as number[] };
      const cached = { small: [] as number[], chain: [] as number[] };
      let chainTransactionControl = 0;
      let chainStatements: string[] = [];
      for (const [size, organisation] of [
        ['small', small],
        ['chain', chain],
      ] as const) {
        const path = page.path(organisation);
        const credentials = credentialsFor(
          page,
          organisation,
          context.cookie,
          apiTokens,
          context.limitedCookie,
        );
        await expectOk(context.baseUrl, path, credentials); // warm-up: code loaded, pool connections open
        for (let run = 0; run < repetitions; run++) {
          await context.expireCache(organisation.slug);
          const counted = await statementLog.statementsDuring(async () => {
            await expectOk(context.baseUrl, path, credentials);
          });
          counts[size].push(counted.total);
          if (size === 'chain') {
            chainTransactionControl = counted.transactionControl;
            chainStatements = counted.statements;
          }
          const again = await statementLog.statementsDuring(async () => {
            await expectOk(context.baseUrl, path, credentials);
          });
          cached[size].push(again.total);
        }
      }
      const smallSpread = spreadOf(counts.small);
      const chainSpread = spreadOf(counts.chain);
      const cachedSmall = spreadOf(cached.small);
      const cachedChain = spreadOf(cached.chain);
      const equal = smallSpread.median === chainSpread.median && cachedSmall.median === cachedChain.median;
      const most = Math.max(smallSpread.max, chainSpread.max, cachedSmall.max, cachedChain.max);
      pages.push({
        page: page.key,
        label: page.label,
        small: smallSpread,
        chain: chainSpread,
        cachedSmall,
        cachedChain,
        chainTransactionControl,
        chainStatements,
        equal,
        pass: equal && most <= maxStatementsPerPage,
      });
    }
  } finally {
    await statementLog.disable();
  }
  return {
    target: `the same count at 10 and 5,000 locations, at most ${maxStatementsPerPage}, first and repeated view`,
    pages,
    pass: pages.every((page) => page.pass),
  };
}
