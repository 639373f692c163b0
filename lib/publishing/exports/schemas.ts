import { z } from 'zod';

/** The files the location list offers: Google's bulk sheet (the default), the other platforms' and two for maps. */
export const exportFormats = ['google', 'bing', 'apple', 'geojson', 'kml'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** `?format=` of the export routes (the app's download and GET /api/v1/locations/export). */
export const locationExportQuerySchema = z.object({
  format: z.enum(exportFormats).default('google'),
});
