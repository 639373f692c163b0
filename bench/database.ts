// The benchmark's PostgreSQL: its own persistent embedded cluster in .data/bench-postgres (so the
// seeded organisations survive between runs), or DATABASE_URL when set. The embedded server's log
// is captured, so statements can be counted where they run (see statement-log.ts); an external
// server's log is out of reach, and the counts are then skipped.
import path from 'node:path';
import { createDatabaseIfMissing, databaseUrlFor, startLocalPostgres } from '../lib/db/local-postgres';
import { applyMigrations } from '../lib/db/schema-engine';
import { StatementLog, logLinePrefix } from './statement-log';

export const benchDataDirectory = path.join(process.cwd(), '.data', 'bench-postgres');
const benchDatabaseName = 'ortsbild_bench';

export type BenchDatabase = {
  databaseUrl: string;
  /** Null on an external server (DATABASE_URL): its log cannot be read here. */
  statementLog: StatementLog | null;
  migrationsApplied: string[];
  stop(): Promise<void>;
};

export async function provideBenchDatabase(): Promise<BenchDatabase> {
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) {
    return {
      databaseUrl: configuredUrl,
      statementLog: null,
      migrationsApplied: await applyMigrations(configuredUrl),
      stop: async () => {},
    };
  }
  const statementLog = new StatementLog();
  const server = await startLocalPostgres(benchDataDirectory, {
    quiet: true,
    settings: { log_line_prefix: logLinePrefix },
    onServerLog: (chunk) => statementLog.receive(chunk),
  });
  try {
    await createDatabaseIfMissing(server.serverUrl, benchDatabaseName);
    const databaseUrl = databaseUrlFor(server.serverUrl, benchDatabaseName);
    statementLog.connect(databaseUrl);
    return {
      databaseUrl,
      statementLog,
      migrationsApplied: await applyMigrations(databaseUrl),
      stop: async () => {
        await statementLog.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
