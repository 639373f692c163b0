// The kinds of business an organisation chooses from, and the catalogue platforms each one
// preselects. Without zod or server-only: the onboarding and platform forms import the list in
// the browser. The reason shown for each platform is a message, platformReasons.<type>.<platform
// key> (platformReasons.general.<key> for the rest; server-rendered only, see app/layout.tsx).

/** The same values, in the same order, as the BusinessType enum of prisma/schema.prisma. */
export const businessTypes = [
  'BAKERY_FOOD',
  'RESTAURANT_CAFE',
  'CRAFT',
  'PHARMACY_PRACTICE',
  'SHOP',
  'SERVICES',
  'OTHER',
] as const;
export type BusinessTypeValue = (typeof businessTypes)[number];

/**
 * Catalogue platforms (by key) that matter for each kind of business: maps for everyone; car
 * navigation where customers drive to the door; reviews where guests choose by them; the phone
 * directories where customers call. "Other" keeps the whole catalogue.
 */
const presets: Record<Exclude<BusinessTypeValue, 'OTHER'>, readonly string[]> = {
  BAKERY_FOOD: [
    'google-business-profile',
    'apple-business-connect',
    'bing-places',
    'openstreetmap',
    'facebook',
    'instagram',
    'das-oertliche',
    'gelbe-seiten',
  ],
  RESTAURANT_CAFE: [
    'google-business-profile',
    'apple-business-connect',
    'bing-places',
    'openstreetmap',
    'here',
    'facebook',
    'instagram',
    'yelp',
    'tripadvisor',
    'foursquare',
    'das-oertliche',
    'gelbe-seiten',
  ],
  CRAFT: [
    'google-business-profile',
    'apple-business-connect',
    'bing-places',
    'facebook',
    'instagram',
    'das-oertliche',
    'gelbe-seiten',
    '11880',
    'golocal',
    'cylex',
  ],
  PHARMACY_PRACTICE: [
    'google-business-profile',
    'apple-business-connect',
    'bing-places',
    'openstreetmap',
    'here',
    'tomtom',
    'facebook',
    'das-oertliche',
    'gelbe-seiten',
    '11880',
  ],
  SHOP: [
    'google-business-profile',
    'apple-business-connect',
    'bing-places',
    'openstreetmap',
    'here',
    'tomtom',
    'facebook',
    'instagram',
    'yelp',
    'das-oertliche',
    'gelbe-seiten',
    'meinestadt',
  ],
  SERVICES: [
    'google-business-profile',
    'apple-business-connect',
    'bing-places',
    'facebook',
    'instagram',
    'xing',
    'linkedin',
    'das-oertliche',
    'gelbe-seiten',
    '11880',
    'cylex',
  ],
};

/** The catalogue platforms a kind of business starts with; null: all of them ("other"). */
export function presetPlatformKeys(type: BusinessTypeValue): readonly string[] | null {
  return type === 'OTHER' ? null : presets[type];
}

/** Whether the preset of `type` (null: none chosen yet, i.e. every platform) holds the platform. */
export function isPresetPlatform(type: BusinessTypeValue | null, platformKey: string) {
  const keys = type ? presetPlatformKeys(type) : null;
  return keys === null || keys.includes(platformKey);
}

/** The message key of the sentence saying why a platform matters for a kind of business. */
export function platformReasonKey(type: BusinessTypeValue | null, platformKey: string) {
  const specific = type !== null && type !== 'OTHER' && presets[type].includes(platformKey);
  return `platformReasons.${specific ? type : 'general'}.${platformKey}`;
}
