// Stand-ins for the parts of Next.js that exist only inside a request, for calling server actions
// and route handlers as plain functions. Only these are replaced; everything from the session
// lookup (lib/auth/auth-sessions.ts) down to the database runs for real:
// - next-auth's getServerSession: answers { sessionId } of the session the test "is signed in
//   with", a real row of auth_sessions (so a revoked one is refused by findSessionUser);
// - next/headers: a cookie jar and the request headers of a same-origin browser request;
// - next/cache: revalidatePath/revalidateTag need Next's static generation store; recorded only;
// - next-intl/server: getTranslations/getLocale read the request's locale; here English.
import { createRequire } from 'node:module';
import { translatorFor } from '@/lib/i18n/translator';

export const appOrigin = 'http://localhost:3000';

type CookieOptions = Record<string, unknown>;

/** What the current call runs as, and what it left behind in the browser. */
export const requestScope = {
  sessionId: null as string | null,
  cookies: new Map<string, string>(),
  revalidated: [] as string[],
};

/** Signs the next calls in with `sessionId` (null: nobody), with an empty cookie jar. */
export function actAs(sessionId: string | null) {
  requestScope.sessionId = sessionId;
  requestScope.cookies.clear();
  requestScope.revalidated.length = 0;
}

export const nextAuthMock = {
  getServerSession: async () => (requestScope.sessionId ? { sessionId: requestScope.sessionId } : null),
};

function cookieJar() {
  const jar = requestScope.cookies;
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string, _options?: CookieOptions) => {
      if (typeof name === 'string') jar.set(name, value ?? '');
      else jar.set(name.name, name.value);
    },
    delete: (name: string) => jar.delete(name),
  };
}

export const nextHeadersMock = {
  cookies: async () => cookieJar(),
  headers: async () =>
    new Headers({
      host: new URL(appOrigin).host,
      origin: appOrigin,
      'user-agent': 'entry-point isolation test',
      cookie: [...requestScope.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    }),
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

/**
 * next-auth's route handler loads next/headers with require(), which vi.mock does not reach:
 * that module's exports are swapped for the same stand-ins. Node's module cache outlives the test
 * file, so the returned function puts the originals back.
 */
export function replaceRequiredNextHeaders() {
  const required = createRequire(import.meta.url)('next/headers') as Record<string, unknown>;
  const originals = { ...required };
  Object.assign(required, nextHeadersMock);
  return () => void Object.assign(required, originals);
}

export const nextCacheMock = {
  revalidatePath: (path: string) => void requestScope.revalidated.push(path),
  revalidateTag: (tag: string) => void requestScope.revalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => void requestScope.revalidated.push(`tag:${tag}`),
  refresh: () => {},
};

/** next-intl's translator in English, with `has` like getTranslations' own. */
export function englishTranslator(namespace?: string) {
  return translatorFor('en', namespace ?? '') as ((
    key: string,
    values?: Record<string, unknown>,
  ) => string) & {
    has(key: string): boolean;
  };
}

export const nextIntlServerMock = {
  getTranslations: async (options?: string | { namespace?: string }) =>
    englishTranslator(typeof options === 'string' ? options : options?.namespace),
  getLocale: async () => 'en',
};
