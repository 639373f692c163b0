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
  /** Pages take the session cookie; /api/v1 takes the organisation's bearer token. */
  auth: 'session' | 'token';
};

/** /account: the session check, the user's organisations (one query each) and a static card layout. */
export const floorPage = { key: 'account', label: 'Account (/account)', path: '/account' };

export function benchPages(timeZone = 'Europe/Berlin'): BenchPage[] {
  const current = currentIsoWeek(timeZone);
  const year = `from=${formatIsoWeek(addIsoWeeks(current, -52))}&to=${formatIsoWeek(current)}`;
  return [
    { key: 'dashboard', label: 'Dashboard', path: (o) => `/o/${o.slug}`, auth: 'session' },
    { key: 'locations', label: 'Location list', path: (o) => `/o/${o.slug}/locations`, auth: 'session' },
    { key: 'listings', label: 'Listings matrix', path: (o) => `/o/${o.slug}/listings`, auth: 'session' },
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
    },
    {
      key: 'benchmarksApi',
      label: 'API /api/v1/benchmarks/comparison, 53 weeks',
      path: () => `/api/v1/benchmarks/comparison?${year}`,
      auth: 'token',
    },
    { key: 'mapData', label: 'Map data', path: (o) => `/o/${o.slug}/locations/map/data`, auth: 'session' },
  ];
}

export function credentialsFor(
  page: BenchPage,
  organisation: BenchOrganisation,
  cookie: string,
  apiTokens: Record<string, string>,
): Credentials {
  if (page.auth === 'session') return { cookie };
  const bearer = apiTokens[organisation.slug];
  if (!bearer) throw new Error(`No API token for ${organisation.slug}.`);
  return { bearer };
}
