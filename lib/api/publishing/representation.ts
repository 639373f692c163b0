import { z } from 'zod';
import { publicLocatorUrls } from '@/lib/publishing/publishable-location';
import type { PublishingSettings } from '@/lib/publishing/settings/publishing-settings';
import { publishedFieldValues } from '@/lib/publishing/settings/schemas';

// The JSON of the organisation's publishing settings in /api/v1/publishing, with the public
// addresses of its store locator; the schema documents it in openapi.json.

export const publishingSettingsJsonSchema = z
  .object({
    publicLocator: z
      .boolean()
      .meta({ description: 'Whether the public store locator is on (off by default).' }),
    publishedFields: z.array(z.enum(publishedFieldValues)).meta({
      description:
        'What the locator and its public JSON show besides name, address and position (always public while it is on). Assignee, notes, scores and statuses are never public.',
    }),
    embedOrigins: z.array(z.string()).meta({
      description: 'Origins (scheme://host[:port]) whose pages may frame the locator.',
    }),
    urls: z
      .object({
        locator: z.string(),
        embedFrame: z.string().meta({ description: 'The `src` of an iframe.' }),
        embedScript: z.string().meta({
          description: 'The `src` of `<script … data-ortsbild-locator="<slug>" async>`.',
        }),
        sitemap: z.string(),
        publicJson: z.string(),
      })
      .meta({ description: 'The public addresses; while the locator is off they answer 404.' }),
  })
  .meta({ title: 'PublishingSettings' });

export type PublishingSettingsJson = z.infer<typeof publishingSettingsJsonSchema>;

export function toPublishingSettingsJson(
  settings: PublishingSettings,
  appUrl: string,
  slug: string,
): PublishingSettingsJson {
  const { location: _oneLocation, ...urls } = publicLocatorUrls(appUrl, slug);
  return { ...settings, urls };
}
