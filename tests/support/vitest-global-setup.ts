// `npm run test:unit` passes a fresh database in DATABASE_URL and its server in
// TEST_POSTGRES_SERVER_URL. When Vitest is started directly (an editor, `npx vitest`), this makes
// one the same way, so a test never writes into the database DATABASE_URL names.
import type { TestProject } from 'vitest/node';
import { createTestDatabase, startTestServer } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl?: string;
    testServerUrl?: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES_SERVER_URL) return;
  const server = await startTestServer();
  try {
    const database = await createTestDatabase(server.serverUrl, { migrateIn: 'child-process' });
    project.provide('testDatabaseUrl', database.url);
    project.provide('testServerUrl', server.serverUrl);
    return async () => {
      await database
        .drop()
        .catch((error: Error) => console.error(`Dropping ${database.name}: ${error.message}`));
      await server.stop();
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
