import { z } from 'zod';
import { isStorableText, storableTextError } from '@/lib/validation/storable-text';

// Shared by the settings form and the admin command line. Messages are keys under "apiTokens.errors".
export const apiTokenNameSchema = z
  .string({ error: 'apiTokens.errors.nameRequired' })
  .trim()
  .min(1, { error: 'apiTokens.errors.nameRequired' })
  .max(100, { error: 'apiTokens.errors.nameTooLong' })
  .refine(isStorableText, storableTextError);

export const createApiTokenSchema = z.object({ name: apiTokenNameSchema });
export const apiTokenIdSchema = z.object({ apiTokenId: z.uuid({ error: 'invalid' }) });

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
