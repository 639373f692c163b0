// Registry: a location's published forms over the API, GET /api/v1/locations/{id}/json-ld and
// /opening-hours. Both name the victim's location, so another organisation's token gets 404
// (a group-limited manager's 404 is tested at the data layer: tests/api/v1-structured-data.test.ts).
// The opening_hours value shows no secret of the world's location (it has no hours), so only the
// JSON-LD, which carries its name and address, is checked for what it reveals.
import { apiCase, type EntryPointCase } from '../entry-point-case';

const v1 = 'app/api/v1/locations/[id]';
const status = (code: number) => ({ kind: 'status', status: code }) as const;

export const structuredDataCases: EntryPointCase[] = [
  apiCase(
    `GET ${v1}/json-ld/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({
        path: `/api/v1/locations/${locationId}/json-ld`,
        params: { id: locationId },
      }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `GET ${v1}/opening-hours/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({
        path: `/api/v1/locations/${locationId}/opening-hours`,
        params: { id: locationId },
      }),
      success: status(200),
      writes: false,
    },
  ),
];
