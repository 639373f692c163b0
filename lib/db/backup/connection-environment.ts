// The libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, …) that pg_dump,
// pg_restore and psql connect with, taken from a database URL. The password travels in the
// environment, never on the command line, where `ps` shows it to every user of the machine.

/** URL query parameters that libpq understands, and the variable each becomes. */
const queryParameterVariables: Record<string, string> = {
  host: 'PGHOST',
  port: 'PGPORT',
  user: 'PGUSER',
  password: 'PGPASSWORD',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  target_session_attrs: 'PGTARGETSESSIONATTRS',
};

/** Inherited variables that would point the tools at another server or database. */
const connectionVariables = [
  'PGHOST',
  'PGHOSTADDR',
  'PGPORT',
  'PGDATABASE',
  'PGUSER',
  'PGPASSWORD',
  'PGSERVICE',
];

export type ConnectionParts = {
  host: string;
  port: string;
  user: string;
  database: string;
  password: string;
};

export function connectionParts(databaseUrl: string): ConnectionParts {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error('DATABASE_URL is not a valid URL (postgresql://user:password@host:port/database).');
  }
  const decode = (value: string) => decodeURIComponent(value);
  return {
    host: url.searchParams.get('host') ?? url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.searchParams.get('port') ?? url.port,
    user: decode(url.username) || (url.searchParams.get('user') ?? ''),
    database: decode(url.pathname.replace(/^\//, '')),
    password: decode(url.password) || (url.searchParams.get('password') ?? ''),
  };
}

/** `"ortsbild" on 127.0.0.1:5432 as ortsbild`: for messages, without the password. */
export function describeDatabase(databaseUrl: string) {
  const { host, port, user, database } = connectionParts(databaseUrl);
  return `"${database || user}" on ${host || 'localhost'}${port ? `:${port}` : ''}${user ? ` as ${user}` : ''}`;
}

/** The environment for a PostgreSQL client tool connecting to `databaseUrl`. */
export function libpqEnvironment(databaseUrl: string, base: NodeJS.ProcessEnv = process.env) {
  const environment: NodeJS.ProcessEnv = { ...base };
  for (const name of connectionVariables) delete environment[name];
  const url = new URL(databaseUrl);
  // Other parameters (Prisma's `schema`, `connection_limit`, …) mean nothing to libpq.
  for (const [name, value] of url.searchParams) {
    const variable = queryParameterVariables[name];
    if (variable) environment[variable] = value;
  }
  const parts = connectionParts(databaseUrl);
  const set = (variable: string, value: string) => {
    if (value) environment[variable] = value;
  };
  set('PGHOST', parts.host);
  set('PGPORT', parts.port);
  set('PGUSER', parts.user);
  set('PGDATABASE', parts.database);
  set('PGPASSWORD', parts.password);
  // NOTICEs (e.g. "drop cascades to 40 other objects") are noise here; errors still show.
  environment.PGOPTIONS = [base.PGOPTIONS, '-c client_min_messages=warning'].filter(Boolean).join(' ');
  return environment;
}
