import { apiRoute } from '@/lib/api/api-route';
import { toPublishingSettingsJson } from '@/lib/api/publishing/representation';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import {
  loadPublishingSettings,
  updatePublishingSettings,
} from '@/lib/publishing/settings/publishing-settings';
import { publishingSettingsSchema } from '@/lib/publishing/settings/schemas';

export const dynamic = 'force-dynamic';

// The app's public address (NEXTAUTH_URL, else the one the request came in on).
const appUrl = () => absoluteUrl('/');

/** GET /api/v1/publishing: the public store locator's settings and addresses. */
export const GET = apiRoute(async (_request, { member }) => {
  const settings = await loadPublishingSettings(member);
  return apiJson(toPublishingSettingsJson(settings, await appUrl(), member.organisation.slug));
});

/** PUT /api/v1/publishing: replaces the settings (a token made by an owner only; 403 otherwise). */
export const PUT = apiRoute(async (request, { member }) => {
  const input = publishingSettingsSchema.parse(await readJsonObject(request));
  const settings = await updatePublishingSettings(member, input);
  return apiJson(toPublishingSettingsJson(settings, await appUrl(), member.organisation.slug));
});
