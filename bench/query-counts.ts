// Measurement 1: SQL statements per request, counted at PostgreSQL (statement-log.ts), for every
// page at 10 and at 5,000 locations. Target: the same count at both sizes, at most 10.
import { spreadOf, type BenchContext, type Spread } from './context';
import { expectOk } from './http';
import { benchPages, credentialsFor } from './pages';
import type { StatementLog } from './statement-log';

export const maxStatementsPerPage = 10;

export type PageStatementCount = {
  page: string;
  label: string;
  small: Spread;
  chain: Spread;
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
    for (const page of benchPages()) {
      const counts = { small: [] as number[], chain: [] as number[] };
      let chainTransactionControl = 0;
      let chainStatements: string[] = [];
      for (const [size, organisation] of [
        ['small', small],
        ['chain', chain],
      ] as const) {
        const path = page.path(organisation);
        const credentials = credentialsFor(page, organisation, context.cookie, apiTokens);
        await expectOk(context.baseUrl, path, credentials); // warm-up: code loaded, pool connections open
        for (let run = 0; run < repetitions; run++) {
          const counted = await statementLog.statementsDuring(async () => {
            await expectOk(context.baseUrl, path, credentials);
          });
          counts[size].push(counted.total);
          if (size === 'chain') {
            chainTransactionControl = counted.transactionControl;
            chainStatements = counted.statements;
          }
        }
      }
      const smallSpread = spreadOf(counts.small);
      const chainSpread = spreadOf(counts.chain);
      const equal = smallSpread.median === chainSpread.median;
      pages.push({
        page: page.key,
        label: page.label,
        small: smallSpread,
        chain: chainSpread,
        chainTransactionControl,
        chainStatements,
        equal,
        pass: equal && chainSpread.max <= maxStatementsPerPage && smallSpread.max <= maxStatementsPerPage,
      });
    }
  } finally {
    await statementLog.disable();
  }
  return {
    target: `the same count at 10 and 5,000 locations, at most ${maxStatementsPerPage}`,
    pages,
    pass: pages.every((page) => page.pass),
  };
}
