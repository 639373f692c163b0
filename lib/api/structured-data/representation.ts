import 'server-only';
import { z } from 'zod';
import type { MemberContext } from '@/lib/access/member-context';
import { getLocation } from '@/lib/locations/locations';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import {
  loadLocationPublishing,
  type LocationPublishing,
} from '@/lib/publishing/json-ld/location-publishing';

// GET /api/v1/locations/{id}/json-ld and /opening-hours: a location's schema.org JSON-LD and its
// OpenStreetMap opening_hours value, as the location page shows them (lib/publishing).

export const osmOpeningHoursJsonSchema = z
  .object({
    value: z.string().describe('The opening_hours value; empty when the location has no hours to publish.'),
    warnings: z
      .array(z.string())
      .describe('What to know about the value, in English: special hours left out for length, and the like.'),
    osmElement: z
      .object({
        type: z.enum(['node', 'way', 'relation']),
        id: z.number().int().positive(),
        url: z.url(),
        editUrl: z.url().describe("openstreetmap.org's editor with the element selected."),
      })
      .optional()
      .describe(
        'The OpenStreetMap element the automatic check matched to the location; absent when none is known.',
      ),
  })
  .meta({ title: 'OsmOpeningHours' });

export type OsmOpeningHoursJson = z.infer<typeof osmOpeningHoursJsonSchema>;

/** The location within the member's scope (404 otherwise) and its published forms. */
export async function loadStructuredData(member: MemberContext, locationId: string) {
  const location = await getLocation(member, locationId);
  return loadLocationPublishing(member, location, await absoluteUrl('/'));
}

export function toOsmOpeningHoursJson({ osmHours, osmElement }: LocationPublishing): OsmOpeningHoursJson {
  return {
    value: osmHours.value,
    warnings: osmHours.warnings,
    ...(osmElement ? { osmElement } : {}),
  };
}
