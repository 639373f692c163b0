import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { FormState } from '@/lib/forms/form-state';
import { echoFormValues, translateIssues } from '@/lib/forms/parse-form';
import type { Translator } from '@/lib/i18n/app-error-text';

// The data layer reports rules it checks against stored data (a future date, a full day) as a
// ZodError, like the schema's own problems: the API answers them with 422, and forms show them
// on their fields through this.

export async function ruleErrorState(error: z.ZodError, formData: FormData): Promise<FormState> {
  const t = (await getTranslations()) as unknown as Translator;
  return {
    status: 'error',
    message: t('validation.checkFields'),
    fieldErrors: translateIssues(error.issues, t),
    values: echoFormValues(formData),
  };
}
