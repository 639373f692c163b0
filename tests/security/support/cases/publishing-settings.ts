// Registry: the publishing settings (the public store locator's switch, fields and embedding
// origins): the owners' form action and GET/PUT /api/v1/publishing. The world's victim token was
// made by the victim's owner, so its PUT is the legitimate call; a manager's token is refused by
// the data layer (lib/publishing/settings/publishing-settings.test.ts).
import { apiCase, memberFormCase, type EntryPointCase } from '../entry-point-case';

const settingsAction =
  'app/(app)/o/[slug]/settings/publishing/_actions/update-publishing-settings.ts#updatePublishingSettingsAction';
const route = 'app/api/v1/publishing/route.ts';
const status = (code: number) => ({ kind: 'status', status: code }) as const;
const settings = {
  publicLocator: true,
  publishedFields: ['PHONE'],
  embedOrigins: ['https://www.example.de'],
};

export const publishingSettingsCases: EntryPointCase[] = [
  memberFormCase(
    settingsAction,
    { minimumRole: 'OWNER', namesRecords: false },
    {
      form: () => ({
        publicLocator: ['off', 'on'],
        publishedFields: ['PHONE', 'EMAIL'],
        embedOrigins: 'https://www.example.de',
      }),
      success: { kind: 'form' },
      writes: true,
    },
  ),
  apiCase(
    `GET ${route}`,
    { namesRecords: false },
    { request: () => ({ path: '/api/v1/publishing' }), success: status(200), writes: false },
  ),
  apiCase(
    `PUT ${route}`,
    { namesRecords: false },
    {
      request: () => ({ path: '/api/v1/publishing', method: 'PUT', json: settings }),
      success: status(200),
      writes: true,
    },
  ),
];
