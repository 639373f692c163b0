import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schemas';
import { businessTypeSchema } from '@/lib/listings/platform-settings-schemas';
import {
  isSingleLineText,
  isStorableText,
  singleLineTextError,
  storableTextError,
} from '@/lib/validation/storable-text';
import { roles } from './roles';

export { roles } from './roles';
export const roleSchema = z.enum(roles, { error: 'roleInvalid' });

export const createOrganisationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: 'organisationNameTooShort' })
    .max(120, { error: 'organisationNameTooLong' })
    .refine(isStorableText, storableTextError)
    .refine(isSingleLineText, singleLineTextError),
  /** Preselects the platforms that matter for this kind of business ("OTHER": all of them). */
  businessType: businessTypeSchema.shape.businessType,
});

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  /** Unticked (and left out): only an account with the invited email may accept. */
  anyoneWithLink: z
    .preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean())
    .optional(),
});

export const changeRoleSchema = z.object({
  membershipId: z.uuid({ error: 'invalid' }),
  role: roleSchema,
});

export const membershipIdSchema = z.object({ membershipId: z.uuid({ error: 'invalid' }) });
export const invitationIdSchema = z.object({ invitationId: z.uuid({ error: 'invalid' }) });

export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
