// Decides which PostgreSQL the app uses: DATABASE_URL when set, else the embedded server
// whose data lives in .data/postgres (gitignored) and survives restarts.
import path from 'node:path';
import { createDatabaseIfMissing, databaseUrlFor, startLocalPostgres } from './local-postgres';
import { runningEmbeddedServerUrl } from './running-postgres';

export const embeddedDataDirectory = path.join(process.cwd(), '.data', 'postgres');
const embeddedDatabaseName = 'ortsbild';

export type ProvidedDatabase = { databaseUrl: string; embedded: boolean; stop(): Promise<void> };

/**
 * `attach`: when the embedded server already runs (under `npm start`), use it instead of refusing
 * to start a second one on the same data; stopping then leaves it running. For the command-line
 * tools (admin, seed, backup) that may run beside the app.
 */
export async function provideDatabase(
  options: { quiet?: boolean; attach?: boolean } = {},
): Promise<ProvidedDatabase> {
  const configuredUrl = process.env.DATABASE_URL;
  if (configuredUrl) return { databaseUrl: configuredUrl, embedded: false, stop: async () => {} };

  const running = options.attach ? await runningEmbeddedServerUrl(embeddedDataDirectory) : null;
  if (running) {
    return {
      databaseUrl: databaseUrlFor(running, embeddedDatabaseName),
      embedded: true,
      stop: async () => {},
    };
  }

  const server = await startLocalPostgres(embeddedDataDirectory, options);
  try {
    await createDatabaseIfMissing(server.serverUrl, embeddedDatabaseName);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    databaseUrl: databaseUrlFor(server.serverUrl, embeddedDatabaseName),
    embedded: true,
    stop: server.stop,
  };
}
