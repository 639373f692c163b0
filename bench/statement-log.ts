// Counts the SQL statements the app runs for one request, at PostgreSQL: the bench's embedded
// server logs every statement (log_statement = all, switched on only while counting) with the
// connection's application name and process id in front. The app's pool connects as "ortsbild"
// (lib/db/pool.ts), the bench as "ortsbild-bench"; the bench writes a marker statement before and
// after each request, and what the app's connections ran in between belongs to that request.
import pg from 'pg';

export const appApplicationName = 'ortsbild';
const benchApplicationName = 'ortsbild-bench';

/** `@@<application>@@<pid>@@ ` before every server log line. */
export const logLinePrefix = '@@%a@@%p@@ ';
const statementPattern = /@@([^@\n]*)@@(\d+)@@ LOG: {2}(?:statement|execute [^:\n]*): ([^\n]*)/g;
const markerPattern = /'ortsbild-bench-marker-(\d+)'/;
const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|DEALLOCATE|SET\s+TRANSACTION)\b/i;

export type LoggedStatement = { application: string; pid: number; text: string };

export type RequestStatements = {
  /** Every statement the app's connections ran during the request. */
  total: number;
  /** Of which BEGIN, COMMIT, ROLLBACK, SAVEPOINT …: transaction control, no data read. */
  transactionControl: number;
  /** Distinct connections (server processes) the app used. */
  connections: number;
  /** The first 120 characters of each statement, in log order. */
  statements: string[];
};

export class StatementLog {
  private tail = '';
  private entries: LoggedStatement[] = [];
  private markersSeen = new Map<number, number>();
  private waiting = new Map<number, () => void>();
  private nextMarker = 1;
  private client: pg.Client | null = null;
  private databaseUrl: string | null = null;

  /** Raw output of the server (stderr), in chunks that may split lines. */
  receive(chunk: string) {
    const text = this.tail + chunk;
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0) {
      this.tail = text;
      return;
    }
    this.tail = text.slice(lastNewline + 1);
    const complete = text.slice(0, lastNewline);
    for (const match of complete.matchAll(statementPattern)) {
      // A statement that starts with a line break shows its first words on the next line.
      const firstLine =
        match[3]!.trim() || (complete.slice(match.index + match[0].length).match(/^\s*([^\n]*)/)?.[1] ?? '');
      const entry = { application: match[1]!, pid: Number(match[2]), text: firstLine.trim() };
      const marker = entry.application === benchApplicationName ? markerPattern.exec(entry.text) : null;
      if (marker) {
        const id = Number(marker[1]);
        this.markersSeen.set(id, this.entries.length);
        this.waiting.get(id)?.();
        this.waiting.delete(id);
      } else {
        this.entries.push(entry);
      }
    }
  }

  connect(databaseUrl: string) {
    this.databaseUrl = databaseUrl;
  }

  private async benchClient() {
    if (!this.databaseUrl) throw new Error('The statement log has no database to write markers to.');
    if (!this.client) {
      this.client = new pg.Client({
        connectionString: this.databaseUrl,
        application_name: benchApplicationName,
      });
      await this.client.connect();
    }
    return this.client;
  }

  /** Logs every statement from now on (a server setting; every connection picks it up on reload). */
  async enable() {
    const client = await this.benchClient();
    await client.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await client.query('SELECT pg_reload_conf()');
    // Other backends apply the reload when they next wake; give them a moment, then check ours.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await this.mark();
  }

  /** Back to the default (no statement logging), so latency is measured without the log's cost. */
  async disable() {
    const client = await this.benchClient();
    await client.query('ALTER SYSTEM RESET log_statement');
    await client.query('SELECT pg_reload_conf()');
  }

  /** Writes a marker statement and waits until the log shows it; returns the log position. */
  private async mark(): Promise<number> {
    const id = this.nextMarker++;
    const seen = new Promise<void>((resolve, reject) => {
      this.waiting.set(id, resolve);
      setTimeout(
        () => reject(new Error('The PostgreSQL log did not show the bench marker within 5 s.')),
        5_000,
      ).unref();
    });
    await (await this.benchClient()).query(`SELECT 'ortsbild-bench-marker-${id}'`);
    await seen;
    return this.markersSeen.get(id)!;
  }

  /** Runs `request` alone and returns what the app's connections ran meanwhile. */
  async statementsDuring(request: () => Promise<void>, settleMs = 150): Promise<RequestStatements> {
    const start = await this.mark();
    await request();
    // Work a response leaves behind (after(), a session touch) still belongs to the request.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const end = await this.mark();
    const statements = this.entries
      .slice(start, end)
      .filter((entry) => entry.application === appApplicationName);
    this.entries = [];
    this.markersSeen.clear();
    return {
      total: statements.length,
      transactionControl: statements.filter((entry) => transactionControl.test(entry.text)).length,
      connections: new Set(statements.map((entry) => entry.pid)).size,
      statements: statements.map((entry) => entry.text.slice(0, 120)),
    };
  }

  async close() {
    await this.client?.end();
    this.client = null;
  }
}
