// For test files whose jobs look at every organisation (scheduled runs, queues across instances):
// a database of their own, with DATABASE_URL set before anything reads it, and with `mail` an SMTP
// catcher of their own (SMTP_URL), whose mails are read as they arrive. The pool, the catcher and
// the database go when the file ends, after the file's own afterAll hooks (Vitest runs after-hooks
// in reverse order, and these are registered first).
import { afterAll } from 'vitest';
import { pool } from '@/lib/db/pool';
import { startSmtpCatcher } from './smtp-catcher';
import { createTestDatabase } from './test-database';

export async function ownTestDatabase() {
  const database = await createTestDatabase(process.env.TEST_POSTGRES_SERVER_URL!, {
    migrateIn: 'child-process',
  });
  process.env.DATABASE_URL = database.url;
  afterAll(async () => {
    await pool().end();
    await database.drop();
  });
  return database;
}

export async function ownTestDatabaseWithMail() {
  const database = await ownTestDatabase();
  const catcher = await startSmtpCatcher();
  process.env.SMTP_URL = catcher.url;
  afterAll(() => catcher.stop());
  return { database, catcher };
}
