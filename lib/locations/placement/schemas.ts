import { z } from 'zod';

const coordinate = (limit: number) => z.number().min(-limit).max(limit).nullable().default(null);

/**
 * What the location form asks while an address is typed (POST /o/<slug>/locations/place): the
 * approximate position of the address and what looks wrong with it, with the pin if one is set.
 */
export const approximatePositionQuerySchema = z.object({
  postalCode: z.string().trim().max(12).default(''),
  city: z.string().trim().max(100).default(''),
  countryCode: z
    .string()
    .trim()
    .max(2)
    .default('DE')
    .transform((value) => (value === '' ? 'DE' : value.toUpperCase())),
  latitude: coordinate(90),
  longitude: coordinate(180),
});
export type ApproximatePositionQuery = z.output<typeof approximatePositionQuerySchema>;
