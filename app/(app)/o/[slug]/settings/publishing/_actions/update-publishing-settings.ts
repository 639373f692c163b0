'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { adjustedEmbedOrigins, embedOriginLines } from '@/lib/publishing/settings/embed-origin';
import { updatePublishingSettings } from '@/lib/publishing/settings/publishing-settings';
import { publishingSettingsSchema } from '@/lib/publishing/settings/schemas';

/** The locator's switch, its fields and the origins that may frame it (owners; the data layer refuses anyone else). */
export const updatePublishingSettingsAction = memberAction(
  publishingSettingsSchema,
  async (member, input, formData) => {
    await updatePublishingSettings(member, input);
    revalidatePath(`/o/${member.organisation.slug}/settings/publishing`);
    const t = await getTranslations('publishingSettings');
    // A pasted page address is stored as its site's origin: say which lines became what.
    const adjusted = adjustedEmbedOrigins(embedOriginLines(formData.get('embedOrigins')));
    return {
      status: 'success',
      message: t('saved'),
      result:
        adjusted.length > 0
          ? { adjusted: adjusted.map((change) => t('originAdjusted', change)).join('\n') }
          : undefined,
    };
  },
  {
    // The switch sends "off" and, when on, "on" after it: the last value counts. One value per
    // ticked field, and the text area's lines.
    read: (form) => ({
      publicLocator: form.getAll('publicLocator').at(-1),
      publishedFields: form.getAll('publishedFields'),
      embedOrigins: embedOriginLines(form.get('embedOrigins')),
    }),
  },
);
