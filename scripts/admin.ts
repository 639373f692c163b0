// npm run admin -- <command>: administration for self-hosters, without the web interface.
// Uses DATABASE_URL, or the embedded database in .data/postgres (also while `npm start` runs it).
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { provideDatabase } from '../lib/db/provide-database';
import { PrismaClient } from '../lib/generated/prisma/client';
import {
  AdminCommandError,
  createToken,
  createUser,
  listOrganisations,
  resetPassword,
} from './lib/admin-commands';

const usage = `Usage: npm run admin -- <command> [options]

Commands:
  create-user --email <email> --name <name> [--password <password>] [--locale de|en]
      Creates a user who can sign in with a password. Without --password one is generated
      and printed.
  reset-password --email <email> [--password <password>]
      Sets a new password (generated and printed when not given) and signs the user out
      everywhere.
  create-token --org <slug> --name <name>
      Creates an API token for the organisation and prints it (only this once).
  list-organisations
      Lists every organisation with its slug, members and active locations.
  help
      Shows this text.

Uses DATABASE_URL, or the embedded database when it is not set (also while \`npm start\` runs).`;

type Options = { email?: string; name?: string; password?: string; locale?: string; org?: string };

async function run(command: string, options: Options, db: PrismaClient) {
  switch (command) {
    case 'create-user': {
      const { user, generatedPassword } = await createUser(db, options);
      console.info(`Created user ${user.email} (${user.name}).`);
      if (generatedPassword) console.info(`Password: ${generatedPassword}`);
      return;
    }
    case 'reset-password': {
      const result = await resetPassword(db, options);
      console.info(`Password of ${result.email} changed; ${result.revokedSessions} session(s) ended.`);
      if (result.generatedPassword) console.info(`Password: ${result.generatedPassword}`);
      return;
    }
    case 'create-token': {
      const { token, organisation } = await createToken(db, options);
      console.info(`API token for ${organisation.name} (${organisation.slug}), shown only this once:`);
      console.info(token);
      return;
    }
    case 'list-organisations': {
      printTable(await listOrganisations(db));
      return;
    }
  }
}

function printTable(rows: { slug: string; name: string; members: number; locations: number }[]) {
  if (rows.length === 0) return console.info('No organisations.');
  const table = [
    ['SLUG', 'NAME', 'MEMBERS', 'LOCATIONS'],
    ...rows.map((row) => [row.slug, row.name, String(row.members), String(row.locations)]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table)
    console.info(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        locale: { type: 'string' },
        org: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command = 'help'] = parsed.positionals;
  if (command === 'help' || parsed.values.help) {
    console.info(usage);
    return 0;
  }
  if (!['create-user', 'reset-password', 'create-token', 'list-organisations'].includes(command)) {
    console.error(`Unknown command: ${command}\n\n${usage}`);
    return 2;
  }

  let database: Awaited<ReturnType<typeof provideDatabase>>;
  try {
    database = await provideDatabase({ quiet: true, attach: true });
  } catch (error) {
    console.error(`Cannot reach the database: ${oneLine(error)}`);
    return 1;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.databaseUrl, max: 2 }) });
  try {
    await run(command, parsed.values, db);
    return 0;
  } catch (error) {
    if (error instanceof AdminCommandError) {
      console.error(error.message);
      return 1;
    }
    if (/does not exist/.test(oneLine(error))) {
      console.error('The database has no tables yet. Run `npm run db:migrate` (or `npm start` once) first.');
      return 1;
    }
    console.error(`${command} failed: ${oneLine(error)}`);
    return 1;
  } finally {
    await db.$disconnect().catch(() => {});
    await database.stop().catch(() => {});
  }
}

/** An error as one line: its message's last line (Prisma's and pg's messages end with the reason). */
function oneLine(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n').filter(Boolean).at(-1) ?? 'unknown error';
}

// The pg pool and the embedded server's hooks may keep the process alive; end it explicitly.
process.exit(await main());
