import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { locationScopeSql } from '@/lib/access/location-scope';
import { exportLocationsCsv } from '@/lib/locations/csv/export-locations';
import { appleBusinessConnectCsv } from './apple-business-connect';
import { bingPlacesCsv } from './bing-places';
import { locationsGeoJson } from './geojson';
import { locationsKml } from './kml';
import type { ExportFormat } from './schemas';
import { selectExportedLocations } from './select-exported-locations';

export type LocationExport = {
  body: string;
  contentType: string;
  /** The file name's ending, after the organisation and the date. */
  fileSuffix: string;
  /** GeoJSON and KML: how many locations were left out for want of a position. */
  omittedWithoutPosition?: number;
};

const csv = 'text/csv; charset=utf-8';

/**
 * The organisation's non-archived locations the member sees (a limited manager: their groups'),
 * in the chosen group when given, as the file of `format`. Any member may export, as for the
 * Google sheet; members see the whole master data. Two statements at most at any size: the
 * group's check (only when a group is given) and the locations with their special hours.
 */
export async function exportLocations(
  member: MemberContext,
  format: ExportFormat,
  group?: string | null,
): Promise<LocationExport> {
  if (format === 'google') {
    return { body: await exportLocationsCsv(member, group), contentType: csv, fileSuffix: '.csv' };
  }
  const groupId = await resolveGroupFilter(member, group);
  const locations = await selectExportedLocations(locationScopeSql(member, 'l', { groupId }));
  switch (format) {
    case 'bing':
      return { body: bingPlacesCsv(locations), contentType: csv, fileSuffix: '-bing-places.csv' };
    case 'apple':
      return {
        body: appleBusinessConnectCsv(locations),
        contentType: csv,
        fileSuffix: '-apple-business-connect.csv',
      };
    case 'geojson': {
      const { body, omitted } = locationsGeoJson(locations);
      // RFC 7946 §12 registers application/geo+json.
      return {
        body,
        contentType: 'application/geo+json',
        fileSuffix: '.geojson',
        omittedWithoutPosition: omitted,
      };
    }
    case 'kml': {
      const { body, omitted } = locationsKml(locations);
      return {
        body,
        contentType: 'application/vnd.google-earth.kml+xml; charset=utf-8',
        fileSuffix: '.kml',
        omittedWithoutPosition: omitted,
      };
    }
  }
}

/** The response headers of an export download, the same for the app's route and the API's. */
export function exportHeaders(file: LocationExport, fileName: string): Record<string, string> {
  return {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${fileName}${file.fileSuffix}"`,
    'cache-control': 'no-store',
    ...(file.omittedWithoutPosition === undefined
      ? {}
      : { 'x-omitted-without-position': String(file.omittedWithoutPosition) }),
  };
}
