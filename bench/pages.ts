// The pages every server measurement visits, per organisation: the dashboard, the location list,
// the listings matrix, one location's checklist, a year's benchmark comparison (page and API)
// and the map's data. The floor they are compared with is /account, the lightest signed-in page.
import { addIsoWeeks, currentIsoWeek, formatIsoWeek } from '../lib/weeks/iso-week';
import type { BenchOrganisation } from './context';
import type { Credentials } from './http';

export type BenchPage = {
  key: string;
  label: string;
  path(organisation: BenchOrganisation): string;
  /**
   * Pages take the owner's session cookie (or, 'limited', the group-limited manager's); /api/v1
   * takes the organisation's bearer token.
   */
  auth: 'session' | 'token' | 'limited';
  /** Takes `group=<id>`: measured once more narrowed to a location group. */
  groupFilter?: boolean;
};

/** /account: the session check, the user's organisations (one query each) and a static card layout. */
export const floorPage = { key: 'account', label: 'Account (/account)', path: '/account' };

export function benchPages(timeZone = 'Europe/Berlin'): BenchPage[] {
  const current = currentIsoWeek(timeZone);
  const year = `from=${formatIsoWeek(addIsoWeeks(current, -52))}&to=${formatIsoWeek(current)}`;
  return [
    { key: 'dashboard', label: 'Dashboard', path: (o) => `/o/${o.slug}`, auth: 'session', groupFilter: true },
    {
      key: 'locations',
      label: 'Location list',
      path: (o) => `/o/${o.slug}/locations`,
      auth: 'session',
      groupFilter: true,
    },
    {
      key: 'listings',
      label: 'Listings matrix',
      path: (o) => `/o/${o.slug}/listings`,
      auth: 'session',
      groupFilter: true,
    },
    {
      key: 'checklist',
      label: "One location's checklist",
      path: (o) => `/o/${o.slug}/locations/${o.sampleLocationId}/listings`,
      auth: 'session',
    },
    {
      key: 'benchmarks',
      label: 'Benchmark comparison, 53 weeks',
      path: (o) => `/o/${o.slug}/benchmarks?${year}`,
      auth: 'session',
      groupFilter: true,
    },
    {
      key: 'benchmarksApi',
      label: 'API /api/v1/benchmarks/comparison, 53 weeks',
      path: () => `/api/v1/benchmarks/comparison?${year}`,
      auth: 'token',
    },
    {
      key: 'mapData',
      label: 'Map data',
      path: (o) => `/o/${o.slug}/locations/map/data`,
      auth: 'session',
      groupFilter: true,
    },
  ];
}

/**
 * The same pages once more as seen through location groups: narrowed by `group=` (as the owner),
 * and as a manager limited to that group (session pages; API tokens are never limited).
 */
export function groupScopedPages(pages: BenchPage[]): BenchPage[] {
  const withGroup = (path: string, groupId: string) =>
    `${path}${path.includes('?') ? '&' : '?'}group=${groupId}`;
  return [
    ...pages
      .filter((page) => page.groupFilter)
      .map((page) => ({
        ...page,
        key: `${page.key}:group`,
        label: `${page.label}, one group`,
        path: (o: BenchOrganisation) => withGroup(page.path(o), o.groupId ?? ''),
      })),
    ...pages
      .filter((page) => page.auth === 'session')
      .map((page) => ({
        ...page,
        key: `${page.key}:limited`,
        label: `${page.label}, manager limited to one group`,
        auth: 'limited' as const,
      })),
  ];
}

export function credentialsFor(
  page: BenchPage,
  organisation: BenchOrganisation,
  cookie: string,
  apiTokens: Record<string, string>,
  limitedCookie?: string,
): Credentials {
  if (page.auth === 'session') return { cookie };
  if (page.auth === 'limited') {
    if (!limitedCookie) throw new Error('No session of the group-limited manager.');
    return { cookie: limitedCookie };
  }
  const bearer = apiTokens[organisation.slug];
  if (!bearer) throw new Error(`No API token for ${organisation.slug}.`);
  return { bearer };
}
