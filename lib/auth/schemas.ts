import { z } from 'zod';
import {
  isSingleLineText,
  isStorableText,
  singleLineTextError,
  storableTextError,
} from '@/lib/validation/storable-text';

// Messages are keys under "validation" in messages/*.json; forms translate them.
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'emailRequired' })
  .max(254, { error: 'emailTooLong' })
  .pipe(z.email({ error: 'emailInvalid' }));

export const passwordSchema = z
  .string({ error: 'passwordRequired' })
  .min(8, { error: 'passwordTooShort' })
  .max(128, { error: 'passwordTooLong' });

export const personNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'nameRequired' })
  .max(100, { error: 'nameTooLong' })
  .refine(isStorableText, storableTextError)
  .refine(isSingleLineText, singleLineTextError);

export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'passwordRequired' }).max(1024, { error: 'passwordTooLong' }),
});

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
