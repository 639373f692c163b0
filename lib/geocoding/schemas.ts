import { z } from 'zod';

/** What the geocoder is asked: the address fields of the location form. */
export const geocodeAddressSchema = z
  .object({
    street: z.string().trim().max(200).default(''),
    postalCode: z.string().trim().max(12).default(''),
    city: z.string().trim().max(100).default(''),
    countryCode: z
      .string()
      .trim()
      .default('DE')
      .transform((value) => (value === '' ? 'DE' : value.toUpperCase()))
      .pipe(z.string().regex(/^[A-Z]{2}$/)),
  })
  .refine((address) => address.street !== '' && (address.postalCode !== '' || address.city !== ''), {
    message: 'addressIncomplete',
  });

export type GeocodeAddress = z.output<typeof geocodeAddressSchema>;
