// The shape of one registry case: how to call an entry point with valid input aimed at the victim
// organisation, who may call it, and how a legitimate call ends. Builders for the four kinds
// (member form actions, session route handlers, /api/v1 handlers, anything custom) keep the
// registry to the facts that differ per entry point.
import type { Role } from '@/lib/generated/prisma/enums';
import { initialFormState } from '@/lib/forms/form-state';
import { captureAction, captureResponse, type Outcome, type Refusal, type Success } from './outcomes';
import { appOrigin } from './request-scope';
import type { World } from './world';

// Entry points are loaded by path at test time, so their exact signatures are not known here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFunction = (...args: any[]) => Promise<unknown>;
export type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/** What one call runs with. The session is set separately (request-scope.ts's actAs). */
export type CallInput<T> = { world: World; target: T; slug: string; token: string | null };

/**
 * Who may call it.
 * - member: a signed-in member of the organisation in the URL with at least `minimumRole`.
 * - api: a bearer token of /api/v1 (acts as a manager of its organisation).
 * - custom: account-level and public entry points; the case lists its own probes and says why.
 */
export type Access =
  | {
      kind: 'member';
      minimumRole: Role;
      /**
       * Staff act on their own things only (locations assigned to them, their own time entries):
       * the target prepared for the unassigned location must be refused to staff, and the one for
       * their own location must succeed for them.
       */
      staffOwnOnly?: boolean;
      /** The input names records of the victim: the attacker also tries them inside its own organisation. */
      namesRecords: boolean;
      /** What that try may answer besides NOT_FOUND (e.g. a field error naming the foreign id). */
      foreignRefusals?: Refusal[];
      /** Where that try fittingly answers otherwise (e.g. "nothing changed"), what it must be. */
      foreignAccepts?: Probe['accepts'];
      /**
       * Why a manager limited to another location group may legitimately make this call on the
       * victim's records (they name no location: a benchmark set, the member's own notification).
       * Without it, such a manager is refused like another organisation's owner.
       */
      notGroupScoped?: string;
    }
  | {
      kind: 'api';
      /**
       * true: the request names the victim's records, so the attacker's token must get 404.
       * false: it acts on the token's own organisation, so the attacker's token may succeed but
       * must neither see nor touch the victim's data.
       */
      namesRecords: boolean;
      foreignRefusals?: Refusal[];
    }
  | { kind: 'custom'; reason: string; probes: (world: World, target: unknown) => Probe[] };

/**
 * One call that must not get through: as whom, at what, and which refusals fit. Where a refusal
 * is not the fitting answer (a public form that answers alike for every address), `accepts`
 * says what is. Either way the call must change nothing and show nothing of the victim.
 */
export type Probe = {
  name: string;
  sessionId: string | null;
  token?: string | null;
  slug?: string;
  target?: unknown;
  refusals: Refusal[];
  accepts?: { description: string; test: (outcome: Outcome) => boolean };
  /**
   * The caller acts on its own organisation (another organisation's token on a list or create):
   * none of the victim's ids may appear in the answer, and where it writes, only the victim's rows
   * must stay as they were.
   */
  ownOrganisation?: { writes: boolean };
  /** Tables a refused call writes to by design (e.g. the failed sign-in counter), and why. */
  mayChange?: { tables: string[]; reason: string };
};

export type Positive = {
  name: string;
  sessionId: string | null;
  token?: string | null;
  slug?: string;
  target?: unknown;
};

export type EntryPointCase = {
  /** `path#exportName` for actions, `METHOD path` for route handlers (see entry-point-scan.ts). */
  key: string;
  access: Access;
  /** Creates the records the call aims at in the victim organisation, around `locationId`. */
  prepare: (world: World, locationId: string) => Promise<unknown>;
  call: (entryPoint: AnyFunction, input: CallInput<unknown>) => Promise<Outcome>;
  success: Success;
  /** The legitimate call writes: checked by the database state changing. */
  writes: boolean;
  /** A successful read shows the victim's data (the marker), so the refused ones would have leaked it. */
  reveals?: boolean;
  /** For custom access: the legitimate calls (default: the victim owner's session). */
  positives?: (world: World, target: unknown) => Positive[];
  /** Refused calls beyond the ones the access kind implies. */
  extraProbes?: (world: World, target: unknown) => Probe[];
};

type Fields = Record<string, string | string[]>;

export function formDataOf(fields: Fields) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const single of Array.isArray(value) ? value : [value]) data.append(name, single);
  }
  return data;
}

/** A form action made with memberAction: (slug, previousState, formData). */
export function memberFormCase<T = { locationId: string }>(
  key: string,
  access: Omit<Extract<Access, { kind: 'member' }>, 'kind'>,
  options: {
    prepare?: (world: World, locationId: string) => Promise<T>;
    form: (target: T, world: World) => Fields;
    success: Success;
    writes: boolean;
  },
): EntryPointCase {
  return {
    key,
    access: { kind: 'member', ...access },
    prepare: options.prepare ?? (async (_world, locationId) => ({ locationId }) as T),
    call: (action, { world, target, slug }) =>
      captureAction(() => action(slug, initialFormState, formDataOf(options.form(target as T, world)))),
    success: options.success,
    writes: options.writes,
  };
}

/** Any action with its own signature, called by the case. */
export function memberActionCase<T = { locationId: string }>(
  key: string,
  access: Omit<Extract<Access, { kind: 'member' }>, 'kind'>,
  options: {
    prepare?: (world: World, locationId: string) => Promise<T>;
    call: (action: AnyFunction, input: CallInput<T>) => Promise<unknown>;
    success: Success;
    writes: boolean;
  },
): EntryPointCase {
  return {
    key,
    access: { kind: 'member', ...access },
    prepare: options.prepare ?? (async (_world, locationId) => ({ locationId }) as T),
    call: (action, input) => captureAction(() => options.call(action, input as CallInput<T>)),
    success: options.success,
    writes: options.writes,
  };
}

type RequestSpec = { path: string; method?: string; headers?: Record<string, string>; body?: BodyInit };

/** A same-origin request as a browser sends it: state-changing methods carry an Origin header. */
export function browserRequest({ path, method = 'GET', headers, body }: RequestSpec) {
  return new Request(`${appOrigin}${path}`, {
    method,
    headers: { ...(method === 'GET' ? {} : { origin: appOrigin }), ...headers },
    body,
  });
}

/** A route handler under /o/[slug] that reads the session (cookie) like a page. */
export function sessionRouteCase<T = { locationId: string }>(
  key: string,
  access: Omit<Extract<Access, { kind: 'member' }>, 'kind'>,
  options: {
    prepare?: (world: World, locationId: string) => Promise<T>;
    request: (input: CallInput<T>) => RequestSpec;
    success: Success;
    writes: boolean;
    reveals?: boolean;
  },
): EntryPointCase {
  return {
    key,
    access: { kind: 'member', ...access },
    prepare: options.prepare ?? (async (_world, locationId) => ({ locationId }) as T),
    call: (handler, input) =>
      captureResponse(() =>
        (handler as unknown as RouteHandler)(browserRequest(options.request(input as CallInput<T>)), {
          params: Promise.resolve({ slug: input.slug }),
        }),
      ),
    success: options.success,
    writes: options.writes,
    reveals: options.reveals,
  };
}

/** A /api/v1 handler: the token travels as `Authorization: Bearer`. */
export function apiCase<T = { locationId: string }>(
  key: string,
  access: Omit<Extract<Access, { kind: 'api' }>, 'kind'>,
  options: {
    prepare?: (world: World, locationId: string) => Promise<T>;
    request: (target: T, world: World) => RequestSpec & { json?: unknown; params?: Record<string, string> };
    success: Success;
    writes: boolean;
    reveals?: boolean;
  },
): EntryPointCase {
  return {
    key,
    access: { kind: 'api', ...access },
    prepare: options.prepare ?? (async (_world, locationId) => ({ locationId }) as T),
    call: (handler, { world, target, token }) => {
      const spec = options.request(target as T, world);
      const headers: Record<string, string> = { ...spec.headers };
      if (token) headers.authorization = `Bearer ${token}`;
      if (spec.json !== undefined) headers['content-type'] = 'application/json';
      const body = spec.json !== undefined ? JSON.stringify(spec.json) : spec.body;
      return captureResponse(() =>
        (handler as unknown as RouteHandler)(
          new Request(`http://localhost${spec.path}`, { method: spec.method ?? 'GET', headers, body }),
          { params: Promise.resolve(spec.params ?? {}) },
        ),
      );
    },
    success: options.success,
    writes: options.writes,
    reveals: options.reveals,
  };
}
