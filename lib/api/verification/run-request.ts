import { z } from 'zod';
import { readOptionalJsonObject } from '@/lib/api/request-body';

// The body of POST /api/v1/verification-runs: left out, the whole organisation is verified; with a
// location id, that location alone (like POST /api/v1/locations/{id}/verify). Messages are full
// keys of the catalogue.
export const verificationRunRequestSchema = z
  .object({
    locationId: z.uuid({ error: 'verification.errors.locationInvalid' }).nullish().meta({
      description: 'One location to verify; left out or null: every location of the organisation.',
    }),
  })
  .meta({ title: 'VerificationRunRequest' });

/** The run's scope from the request; no body, or an empty one, means the whole organisation. */
export async function readVerificationRunRequest(request: Request): Promise<{ locationId: string | null }> {
  const input = await verificationRunRequestSchema.parseAsync(await readOptionalJsonObject(request));
  return { locationId: input.locationId ?? null };
}
