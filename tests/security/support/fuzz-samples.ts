// A valid input for every input schema the fuzz test finds, and which of its fields are free
// text. The fuzz test replaces fields of these with hostile values; a schema added without a
// sample here fails the test, so it cannot go unfuzzed.

const uuid = '0b7a4bd6-3b4c-4b61-9a3f-5a3c1f0e2d11';
const otherUuid = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

export type Sample = {
  input: unknown;
  /** Fields that take any text: injection-looking text there must be kept as typed (trimmed). */
  freeText?: string[];
};

export const samples: Record<string, Sample> = {
  'lib/api-tokens/schemas.ts#apiTokenNameSchema': { input: 'CRM sync' },
  'lib/api-tokens/schemas.ts#createApiTokenSchema': { input: { name: 'CRM sync' }, freeText: ['name'] },
  'lib/api-tokens/schemas.ts#apiTokenIdSchema': { input: { apiTokenId: uuid } },
  'lib/auth/password-policy.ts#signUpPolicySchema': {
    input: { name: 'Anna Schmidt', email: 'anna@example.de', password: 'lange Passphrase 2026' },
    freeText: ['name'],
  },
  'lib/auth/password-policy.ts#resetPasswordPolicySchema': {
    input: { token: 'a'.repeat(43), password: 'lange Passphrase 2026' },
  },
  'lib/auth/schemas.ts#emailSchema': { input: 'anna@example.de' },
  'lib/auth/schemas.ts#passwordSchema': { input: 'lange Passphrase 2026' },
  'lib/auth/schemas.ts#personNameSchema': { input: 'Anna Schmidt' },
  'lib/auth/schemas.ts#signUpSchema': {
    input: { name: 'Anna Schmidt', email: 'anna@example.de', password: 'lange Passphrase 2026' },
    freeText: ['name'],
  },
  'lib/auth/schemas.ts#signInSchema': { input: { email: 'anna@example.de', password: 'secret' } },
  'lib/auth/schemas.ts#requestPasswordResetSchema': { input: { email: 'anna@example.de' } },
  'lib/auth/schemas.ts#resetPasswordSchema': {
    input: { token: 'a'.repeat(43), password: 'lange Passphrase' },
  },
  'lib/benchmarks/schemas.ts#weekOrDateSchema': { input: '2026-W10' },
  'lib/score-history/schemas.ts#scoreHistoryQuerySchema': {
    input: { from: '2026-01-01', to: '2026-03-31', locationId: uuid },
  },
  'lib/reports/schemas.ts#reportMonthSchema': { input: '2026-11' },
  'lib/reports/schemas.ts#monthlyReportQuerySchema': { input: { month: '2026-11', group: uuid } },
  'lib/benchmarks/schemas.ts#comparisonQuerySchema': {
    input: { from: '2026-W01', to: '2026-W10', locationId: uuid, set: otherUuid },
  },
  'lib/benchmarks/schemas.ts#benchmarkFigureInputSchema': {
    input: {
      metric: 'DAILY_TIME',
      label: 'Bis 30 Minuten',
      sharePercent: '35,5',
      minMinutes: '0',
      maxMinutes: '30',
    },
    freeText: ['label'],
  },
  'lib/benchmarks/schemas.ts#benchmarkSetCreateSchema': {
    input: {
      name: 'Eigene Umfrage',
      source: 'Kundenbefragung 2025',
      sourceUrl: 'https://example.de/umfrage',
      year: '2025',
      sampleSize: '120',
      notes: 'Nur Filialen im Norden',
      'figures.0.metric': 'ACTIVE_SHARE',
      'figures.0.label': 'Aktiv',
      'figures.0.sharePercent': '80',
    },
    freeText: ['name', 'source', 'notes'],
  },
  'lib/benchmarks/schemas.ts#benchmarkSetIdSchema': { input: { setId: uuid } },
  'lib/checkins/schemas.ts#activitySchema': { input: 'POSTING' },
  'lib/checkins/schemas.ts#isoWeekSchema': { input: '2026-W48' },
  'lib/checkins/schemas.ts#checkInMinutesLineSchema': {
    input: { platformId: uuid, activity: 'POSTING', minutes: '45' },
  },
  'lib/checkins/schemas.ts#checkInContentSchema': {
    input: {
      minutes: [{ platformId: uuid, activity: 'POSTING', minutes: 45 }],
      postsPublished: 2,
      reviewsAnswered: '1',
      recheckedPlatformIds: [uuid],
      notes: 'Zwei Beiträge',
      blockers: 'Keine',
    },
    freeText: ['notes', 'blockers'],
  },
  'lib/checkins/schemas.ts#checkInSaveSchema': {
    input: { version: '0', minutes: [], notes: 'Zwei Beiträge', blockers: 'Keine' },
    freeText: ['notes', 'blockers'],
  },
  'lib/checkins/schemas.ts#checkInPutSchema': {
    input: {
      status: 'SUBMITTED',
      minutes: [{ platformId: uuid, activity: 'REVIEW_REPLIES', minutes: 10 }],
      notes: 'x',
    },
    freeText: ['notes', 'blockers'],
  },
  'lib/checkins/schemas.ts#checkInListQuerySchema': { input: { week: '2026-W48', locationId: uuid } },
  'lib/checkins/schemas.ts#weekListQuerySchema': {
    input: { week: '2026-W48', filter: 'open', q: 'hafen', page: '2' },
  },
  'lib/data-rights/schemas.ts#organisationDeletionSchema': { input: { confirmation: 'Deichbrise GmbH' } },
  'lib/data-rights/schemas.ts#accountDeletionSchema': { input: { confirmEmail: 'anna@example.de' } },
  'lib/geocoding/schemas.ts#geocodeAddressSchema': {
    input: { street: 'Hafenstraße 1', postalCode: '27568', city: 'Bremerhaven', countryCode: 'de' },
  },
  'lib/locations/placement/schemas.ts#approximatePositionQuerySchema': {
    input: { postalCode: '27568', city: 'Bremerhaven', countryCode: 'de', latitude: 53.54, longitude: 8.58 },
  },
  'lib/listings/bulk-status-form.ts#bulkStatusFormSchema': {
    input: { status: 'LIVE', [`target:${uuid}:${otherUuid}`]: 'on' },
  },
  'lib/listings/platform-settings-schemas.ts#platformIdSchema': { input: { platformId: uuid } },
  'lib/listings/platform-settings-schemas.ts#freshnessDaysSchema': { input: { freshnessDays: '90' } },
  'lib/listings/platform-settings-schemas.ts#businessTypeSchema': { input: { businessType: 'SHOP' } },
  'lib/listings/schemas.ts#listingStatusSchema': { input: 'LIVE' },
  'lib/listings/schemas.ts#listingUpdateSchema': {
    input: {
      version: '3',
      status: 'LIVE',
      listingUrl: 'https://maps.example.com/place/1',
      shownName: 'Bäckerei am Deich',
      shownStreet: 'Hafenstraße 1',
      shownPostcode: '27568',
      shownCity: 'Bremerhaven',
      shownPhone: '0471 123456',
      shownWebsite: 'baeckerei.example.de',
      rating: '4,5',
      reviewCount: '120',
      notes: 'Öffnungszeiten prüfen',
      markChecked: 'on',
    },
    freeText: ['shownName', 'shownStreet', 'shownCity', 'shownPhone', 'shownWebsite', 'notes'],
  },
  'lib/listings/schemas.ts#bulkStatusSchema': {
    input: { status: 'LIVE', targets: [{ locationId: uuid, platformId: otherUuid }] },
  },
  'lib/listings/schemas.ts#matrixQuerySchema': {
    input: { platform: uuid, status: 'LIVE', city: 'Bremerhaven', page: '1', pageSize: '50' },
    freeText: ['city'],
  },
  'lib/listings/schemas.ts#customPlatformSchema': {
    input: { name: 'Stadtportal', kind: 'DIRECTORY', homeUrl: 'https://stadt.example.de', weight: '3' },
    freeText: ['name'],
  },
  'lib/listings/schemas.ts#platformToggleSchema': { input: { platformId: uuid, enabled: 'true' } },
  'lib/publishing/exports/schemas.ts#locationExportQuerySchema': { input: { format: 'bing' } },
  'lib/locations/schemas.ts#timeRangeSchema': { input: { opens: '08:00', closes: '18:00' } },
  'lib/locations/schemas.ts#openingHoursSchema': { input: { mon: [{ opens: '08:00', closes: '18:00' }] } },
  'lib/locations/schemas.ts#specialHoursSchema': {
    input: [{ startDate: '2026-12-24', endDate: '2026-12-26', closed: true, note: 'Weihnachten' }],
  },
  'lib/locations/schemas.ts#locationInputSchema': {
    input: {
      storeCode: 'HB-01',
      name: 'Bäckerei am Deich',
      street: 'Hafenstraße 1',
      addressExtra: 'Hinterhaus',
      postalCode: '27568',
      city: 'Bremerhaven',
      region: 'Bremen',
      countryCode: 'DE',
      phone: '0471 4829310',
      website: 'www.baeckerei.example.de',
      email: 'info@baeckerei.example.de',
      primaryCategory: 'Bäckerei',
      description: 'Frisches Brot seit 1920.',
      openingHours: '{"mon":[{"opens":"06:30","closes":"13:00"}]}',
      specialHours: '[]',
      latitude: '53,54',
      longitude: '8.58',
      status: 'ACTIVE',
    },
    freeText: ['name', 'street', 'addressExtra', 'city', 'region', 'primaryCategory', 'description'],
  },
  'lib/locations/schemas.ts#newLocationInputSchema': {
    // The store code may be left blank when creating (the data layer generates one).
    input: {
      storeCode: '',
      name: 'Bäckerei am Deich',
      street: 'Hafenstraße 1',
      postalCode: '27568',
      city: 'Bremerhaven',
    },
    freeText: ['name', 'street', 'city'],
  },
  'lib/locations/schemas.ts#locationListQuerySchema': {
    input: { q: 'hafen', sort: 'city', direction: 'desc', page: '2', pageSize: '25', archived: '1' },
    freeText: ['q'],
  },
  'lib/locations/schemas.ts#locationIdSchema': { input: { locationId: uuid } },
  'lib/nap/schemas.ts#napRecordSchema': {
    input: {
      name: 'Bäckerei am Deich GmbH',
      street: 'Hafenstr. 1',
      postalCode: '27568',
      phone: '0471 4829310',
    },
  },
  'lib/nap/schemas.ts#napCompareRequestSchema': {
    input: {
      master: { name: 'Bäckerei am Deich', city: 'Bremerhaven' },
      platform: { name: 'Baeckerei am Deich' },
    },
  },
  'lib/nap/schemas.ts#napFieldComparisonSchema': { input: { result: 'match', master: 'x', platform: 'x' } },
  'lib/nap/schemas.ts#napComparisonSchema': {
    input: {
      fields: Object.fromEntries(
        ['name', 'street', 'postcode', 'city', 'phone', 'website'].map((field) => [
          field,
          { result: 'match', master: null, platform: null },
        ]),
      ),
      mismatches: [],
      consistent: true,
    },
  },
  'lib/notifications/schemas.ts#notificationIdSchema': { input: { notificationId: uuid } },
  'lib/organisations/schemas.ts#roleSchema': { input: 'MANAGER' },
  'lib/organisations/schemas.ts#createOrganisationSchema': {
    input: { name: 'Deichbrise GmbH', businessType: 'BAKERY_FOOD' },
    freeText: ['name'],
  },
  'lib/organisations/schemas.ts#inviteMemberSchema': {
    input: { email: 'neu@example.de', role: 'STAFF', anyoneWithLink: 'on' },
  },
  'lib/organisations/schemas.ts#changeRoleSchema': { input: { membershipId: uuid, role: 'OWNER' } },
  'lib/organisations/schemas.ts#membershipIdSchema': { input: { membershipId: uuid } },
  'lib/organisations/schemas.ts#invitationIdSchema': { input: { invitationId: uuid } },
  'lib/reminders/schemas.ts#checkInScheduleSchema': {
    input: { checkinWeekday: '5', reminderHour: '9', timeZone: 'Europe/Berlin' },
  },
  'lib/verification/schemas.ts#verificationSourceSchema': { input: 'OPENSTREETMAP' },
  'lib/verification/schemas.ts#verificationSettingsSchema': {
    input: { sources: ['WEBSITE', 'OPENSTREETMAP'], schedule: 'WEEKLY' },
  },
  'lib/verification/schemas.ts#acceptSuggestionSchema': { input: { source: 'GOOGLE' } },
  'lib/webhooks/schemas.ts#webhookEndpointInputSchema': {
    input: {
      url: 'https://hooks.slack.com/services/T0/B0/x',
      description: 'Filialkanal',
      events: ['location.created', 'checkin.overdue'],
      format: 'slack',
    },
    freeText: ['description'],
  },
  'lib/webhooks/schemas.ts#webhookEndpointUpdateSchema': {
    input: {
      url: 'https://erp.example/hooks',
      description: 'ERP',
      events: ['checkin.submitted'],
      format: 'teams',
      enabled: true,
    },
    freeText: ['description'],
  },
  'lib/webhooks/schemas.ts#webhookEndpointIdSchema': { input: { endpointId: uuid } },
  'lib/webhooks/schemas.ts#webhookSwitchSchema': { input: { endpointId: uuid, enabled: 'off' } },
  'lib/location-groups/schemas.ts#locationGroupInputSchema': {
    input: { name: 'Region Nord', kind: 'REGION', mode: 'rule', ruleField: 'CITY', ruleValue: 'Bremerhaven' },
    freeText: ['name'],
  },
  'lib/location-groups/schemas.ts#locationGroupUpdateSchema': {
    input: {
      name: 'Partner Meyer',
      kind: 'FRANCHISE_PARTNER',
      mode: 'rule',
      ruleField: 'POSTAL_CODE_PREFIX',
      ruleValue: '275',
    },
    freeText: ['name'],
  },
  'lib/location-groups/schemas.ts#locationGroupIdSchema': { input: uuid },
  'lib/location-groups/schemas.ts#locationGroupMembersChangeSchema': {
    input: { locationIds: [uuid, otherUuid] },
  },
  'lib/location-groups/schemas.ts#managerGroupLimitSchema': { input: { groupIds: [uuid] } },
  'lib/location-groups/schemas.ts#managerGroupLimitFormSchema': {
    input: { membershipId: otherUuid, groupIds: [uuid] },
  },
  // A search that falls back to none on text it cannot store: never refused, so no free text.
  'lib/location-groups/schemas.ts#locationGroupMembersPageSchema': { input: { page: '2', q: 'Lehe' } },
  'lib/publishing/holiday-hours/schemas.ts#holidayHoursInputSchema': {
    input: {
      period: 'range',
      startDate: '2027-12-24',
      endDate: '2027-12-26',
      closed: 'false',
      ranges: [{ opens: '10:00', closes: '14:00' }],
      note: 'Weihnachten',
      scope: 'CITY',
      scopeValue: 'Bremerhaven',
      onExisting: 'REPLACE',
    },
    freeText: ['note', 'scopeValue'],
  },
  'lib/publishing/holiday-hours/schemas.ts#holidayHoursRequestSchema': {
    input: {
      period: 'holiday',
      holidayRegion: 'DE-NW',
      holidayDate: '2027-05-27',
      closed: true,
      note: 'Fronleichnam',
      scope: 'GROUP',
      groupId: uuid,
      dryRun: true,
      previewPage: 2,
    },
  },
  'lib/publishing/holiday-hours/schemas.ts#holidayHoursBatchIdSchema': { input: uuid },
  'lib/publishing/holiday-hours/schemas.ts#holidayHoursPageSchema': { input: '2' },
  'lib/mail-preferences/schemas.ts#mailPreferencesSchema': {
    input: { weeklyDigestMail: 'off', monthlyReportMail: 'on' },
  },
  'lib/time-entries/schemas.ts#plainDateSchema': { input: '2026-11-26' },
  'lib/time-entries/schemas.ts#timeEntryCreateSchema': {
    input: {
      locationId: uuid,
      platformId: otherUuid,
      activity: 'POSTING',
      date: '2026-11-26',
      minutes: '30',
      note: 'Wochenangebot gepostet',
    },
    freeText: ['note'],
  },
  'lib/time-entries/schemas.ts#timeEntryRangeSchema': { input: { from: '2026-01-01', to: '2026-03-31' } },
  'lib/time-entries/schemas.ts#timeEntryDeleteSchema': { input: { id: uuid } },
  'lib/publishing/settings/schemas.ts#publishingSettingsSchema': {
    input: {
      publicLocator: true,
      publishedFields: ['PHONE', 'OPENING_HOURS'],
      embedOrigins: ['https://www.example.de', 'http://localhost:8080'],
    },
  },
};

/**
 * Schemas whose text is compared, hashed or sent on, never stored: their text is bounded in length
 * but may hold any characters (a password may contain anything; the NAP comparison reports on
 * text as written; the geocoder gets the address URL-encoded).
 */
export const rawTextSchemas: Record<string, string> = {
  'lib/nap/schemas.ts#napRecordSchema': 'compared, not stored',
  'lib/nap/schemas.ts#napCompareRequestSchema': 'compared, not stored',
  'lib/geocoding/schemas.ts#geocodeAddressSchema': 'sent to the geocoder URL-encoded, not stored',
  'lib/locations/placement/schemas.ts#approximatePositionQuerySchema':
    'looked up in the embedded gazetteer, not stored',
  'lib/data-rights/schemas.ts#organisationDeletionSchema':
    'compared with the name in the data layer, not stored',
  'lib/data-rights/schemas.ts#accountDeletionSchema':
    'compared with the email or the password hash, not stored',
  'lib/auth/schemas.ts#passwordSchema': 'hashed, never stored as text',
};

/**
 * Schemas of responses, exported beside the inputs for the OpenAPI document: they describe what
 * the server sends, so only "parsing never throws" applies to them.
 */
export const responseSchemas: Record<string, string> = {
  'lib/nap/schemas.ts#napFieldComparisonSchema':
    'the comparison of one field, as POST /api/v1/nap/compare answers',
  'lib/nap/schemas.ts#napComparisonSchema': 'the answer of POST /api/v1/nap/compare',
};

/** Fields whose text is hashed or looked up, never stored, in any schema. */
export const rawTextField = /password|token/i;

/**
 * Input schemas that are not exported and so not found by collectSchemas; the fuzz test imports
 * none of them directly, the endpoint fuzz test reaches them through their handlers.
 */
export const moduleLocalSchemas = {
  'app/invite/[token]/accept-invitation.ts#acceptInvitationSchema': 'token text, hashed and looked up',
  'app/(app)/o/[slug]/locations/_actions/set-location-archived.ts#archiveSchema': 'an id and a flag',
  'app/(app)/o/[slug]/locations/[locationId]/listings/_actions/update-listing.ts#targetSchema': 'two uuids',
  'app/api/v1/locations/[id]/checkins/[week]/route.ts#weekPathSchema': 'isoWeekSchema, fuzzed here',
  'lib/api/locations/patch.ts#archivedSchema': 'a boolean, fuzzed through PATCH /api/v1/locations/{id}',
};
