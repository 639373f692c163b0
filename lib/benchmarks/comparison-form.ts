// What the comparison page's GET form sends, read from the URL. The form names a scope and
// offers a field for each; only the field of the chosen scope counts. Links from the tables
// carry ids directly (?scope=location&locationId=…).

export const comparisonScopes = ['organisation', 'location', 'member'] as const;
export type ComparisonScopeChoice = (typeof comparisonScopes)[number];

export type ComparisonForm = {
  scope: ComparisonScopeChoice;
  from?: string;
  to?: string;
  set?: string;
  /** Typed store code or name. */
  location?: string;
  locationId?: string;
  membershipId?: string;
  /** The checkbox: count the running week too. */
  includeCurrentWeek?: string;
  /** A location group to narrow the figures to (the shared group filter). */
  group?: string;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
};

export function readComparisonForm(searchParams: SearchParams): ComparisonForm {
  const locationId = first(searchParams.locationId);
  const membershipId = first(searchParams.membershipId);
  const location = first(searchParams.location);
  const asked = first(searchParams.scope);
  const scope: ComparisonScopeChoice = comparisonScopes.includes(asked as ComparisonScopeChoice)
    ? (asked as ComparisonScopeChoice)
    : locationId || location
      ? 'location'
      : membershipId
        ? 'member'
        : 'organisation';
  return {
    scope,
    from: first(searchParams.from),
    to: first(searchParams.to),
    set: first(searchParams.set),
    includeCurrentWeek: first(searchParams.includeCurrentWeek),
    group: first(searchParams.group),
    ...(scope === 'location' ? { location, locationId } : {}),
    ...(scope === 'member' ? { membershipId } : {}),
  };
}
