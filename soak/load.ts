// The soak's load: signed-in clients that each send one request after another until the time is
// up, cycling through reads (dashboard, location list, a checklist, GET /api/v1/checkins) and
// writes to their own branches (a week's check-in, a checklist item, a time entry). Every request
// is recorded with its status and latency, every write with the value sent and what came of it:
// acknowledged (2xx), rejected (4xx: nothing written) or unknown (5xx or no answer).
import { currentIsoWeek, formatIsoWeek, todayIn, weekStartOf } from '../lib/weeks/iso-week';
import type { SoakClientSetup, SoakSetup } from './seed';

export const readKinds = ['dashboard', 'locations', 'checklist', 'checkinsApi'] as const;
export const writeKinds = ['checkInPut', 'listingPut', 'timeEntryPost'] as const;
export type RequestKind = (typeof readKinds)[number] | (typeof writeKinds)[number];
/** Reads and writes alternate: four reads and three writes in every seven requests. */
const cycle: RequestKind[] = [
  'dashboard',
  'checkInPut',
  'locations',
  'listingPut',
  'checklist',
  'timeEntryPost',
  'checkinsApi',
];

export type WriteOutcome = 'acknowledged' | 'rejected' | 'unknown';
export type WriteTarget = 'checkIn' | 'listing' | 'timeEntry';

export type WriteAttempt = {
  target: WriteTarget;
  /** Check-in: `${locationId}/${weekStart}`; checklist item: `${locationId}/${platformId}`; time entry: its note. */
  cell: string;
  /** What the database holds after it: check-in `${minutes}:${notes}`, item notes, entry note. */
  value: string;
  outcome: WriteOutcome;
};

export type RequestRecord = {
  client: number;
  kind: RequestKind;
  /** Date.now() when sent. */
  sentAt: number;
  ms: number;
  /** null: no answer (network error or the client's timeout). */
  status: number | null;
  /** Where a 3xx answer pointed (a page sending the client to /sign-in, for instance). */
  location?: string;
  error?: string;
  write?: WriteAttempt;
};

/** What a client remembers between requests and phases: its write counter and item versions. */
export type ClientState = { setup: SoakClientSetup; writes: number; listingVersions: Map<string, number> };

export type LoadContext = {
  baseUrl: string;
  setup: SoakSetup;
  /** Session cookie per client, by index. */
  cookies: string[];
  /** A request without an answer after this long counts as a network error. */
  timeoutMs: number;
};

export function clientStates(setup: SoakSetup): ClientState[] {
  return setup.clients.map((client) => ({
    setup: client,
    writes: 0,
    listingVersions: new Map(
      client.locationIds.flatMap((locationId) =>
        Object.values(setup.platformIds).map((platformId) => {
          const cell = `${locationId}/${platformId}`;
          return [cell, setup.listingVersions.get(cell) ?? 0] as const;
        }),
      ),
    ),
  }));
}

/** Runs every client until `seconds` have passed; resolves with every request once all have answered. */
export async function runLoad(
  context: LoadContext,
  states: ClientState[],
  seconds: number,
): Promise<RequestRecord[]> {
  const records: RequestRecord[] = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    states.map(async (state) => {
      let step = state.setup.index % cycle.length;
      while (Date.now() < until) {
        const record = await perform(context, state, cycle[step++ % cycle.length]!);
        records.push(record);
        // A failing server gets a short breather from each client rather than a tight loop.
        if (record.status === null || record.status >= 500)
          await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
  return records;
}

/** A write's tag: unique per client and write, so every stored value names its request. */
function tag(state: ClientState) {
  return `soak c${String(state.setup.index + 1).padStart(2, '0')} #${state.writes}`;
}

function outcomeOf(status: number | null): WriteOutcome {
  if (status !== null && status >= 200 && status < 300) return 'acknowledged';
  if (status !== null && status >= 400 && status < 500) return 'rejected';
  return 'unknown';
}

async function perform(context: LoadContext, state: ClientState, kind: RequestKind): Promise<RequestRecord> {
  const { setup } = context;
  const client = state.setup;
  const own = (offset: number) => client.locationIds[offset % client.locationIds.length]!;
  const session = { cookie: context.cookies[client.index]! };
  const bearer = { authorization: `Bearer ${client.token}` };
  const base = `/o/${setup.slug}`;
  switch (kind) {
    case 'dashboard':
      return timed(context, state, kind, base, { headers: session });
    case 'locations':
      return timed(context, state, kind, `${base}/locations`, { headers: session });
    case 'checklist':
      return timed(context, state, kind, `${base}/locations/${own(state.writes)}/listings`, {
        headers: session,
      });
    case 'checkinsApi':
      return timed(context, state, kind, '/api/v1/checkins', { headers: bearer });
    case 'checkInPut': {
      state.writes++;
      const week = currentIsoWeek(setup.timeZone);
      const locationId = own(state.writes);
      const notes = tag(state);
      const minutes = state.writes;
      const record = await timed(
        context,
        state,
        kind,
        `/api/v1/locations/${locationId}/checkins/${formatIsoWeek(week)}`,
        {
          method: 'PUT',
          headers: { ...bearer, 'content-type': 'application/json' },
          body: JSON.stringify({
            minutes: [{ platformId: setup.platformIds.facebook, activity: 'POSTING', minutes }],
            notes,
            status: 'DRAFT',
          }),
        },
      );
      record.write = {
        target: 'checkIn',
        cell: `${locationId}/${weekStartOf(week)}`,
        value: `${minutes}:${notes}`,
        outcome: outcomeOf(record.status),
      };
      return record;
    }
    case 'listingPut': {
      state.writes++;
      const platforms = Object.values(setup.platformIds);
      const locationId = own(Math.floor(state.writes / platforms.length));
      const platformId = platforms[state.writes % platforms.length]!;
      const cell = `${locationId}/${platformId}`;
      const notes = tag(state);
      const record = await timed(
        context,
        state,
        kind,
        `/api/v1/locations/${locationId}/listings/${platformId}`,
        {
          method: 'PUT',
          headers: { ...bearer, 'content-type': 'application/json' },
          body: JSON.stringify({ version: state.listingVersions.get(cell) ?? 0, notes }),
        },
        (body) => {
          // The item's version from now on: the saved one, or on a conflict the stored one.
          const item = body as { version?: number; current?: { version?: number } } | null;
          const version = item?.version ?? item?.current?.version;
          if (typeof version === 'number') state.listingVersions.set(cell, version);
        },
      );
      record.write = { target: 'listing', cell, value: notes, outcome: outcomeOf(record.status) };
      return record;
    }
    case 'timeEntryPost': {
      state.writes++;
      const note = tag(state);
      const record = await timed(context, state, kind, '/api/v1/time-entries', {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({
          locationId: own(state.writes),
          platformId: setup.platformIds.instagram,
          activity: 'DIALOGUE',
          date: todayIn(setup.timeZone),
          minutes: 1,
          note,
        }),
      });
      record.write = { target: 'timeEntry', cell: note, value: note, outcome: outcomeOf(record.status) };
      return record;
    }
  }
}

async function timed(
  context: LoadContext,
  state: ClientState,
  kind: RequestKind,
  path: string,
  init: RequestInit,
  readJson?: (body: unknown) => void,
): Promise<RequestRecord> {
  const sentAt = Date.now();
  const started = performance.now();
  const record: RequestRecord = { client: state.setup.index, kind, sentAt, ms: 0, status: null };
  try {
    const response = await fetch(`${context.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(context.timeoutMs),
    });
    const text = await response.text();
    record.status = response.status;
    if (response.status >= 300 && response.status < 400)
      record.location = response.headers.get('location') ?? undefined;
    if (readJson && (response.ok || response.status === 409)) readJson(JSON.parse(text));
  } catch (error) {
    record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  record.ms = performance.now() - started;
  return record;
}
