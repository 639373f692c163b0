// How the page's forms become the choice's input: the hours arrive as one range (opens, closes)
// like on the location form, and become `ranges` unless the location is closed all day. Pure, so
// the page (reading its URL) and the actions (reading a form) share it.

type Entries = Iterable<[string, FormDataEntryValue]>;

const choiceFields = [
  'period',
  'startDate',
  'endDate',
  'holidayRegion',
  'holidayDate',
  'closed',
  'note',
  'scope',
  'scopeValue',
  'groupId',
  'onExisting',
] as const;

/** The choice's fields of a form or URL; a city and a region share `scopeValue` by scope. */
export function readChoiceForm(form: Entries): Record<string, unknown> {
  const values = new Map<string, string>();
  for (const [key, value] of form) if (typeof value === 'string' && !values.has(key)) values.set(key, value);
  const input: Record<string, unknown> = {};
  for (const field of choiceFields) if (values.has(field)) input[field] = values.get(field);
  const scope = values.get('scope');
  if (scope === 'CITY') input.scopeValue = values.get('city') ?? values.get('scopeValue');
  if (scope === 'REGION') input.scopeValue = values.get('region') ?? values.get('scopeValue');
  if (values.get('closed') === 'false') {
    input.ranges = [{ opens: values.get('opens') ?? '', closes: values.get('closes') ?? '' }];
  }
  return input;
}

/** The fields to carry from the preview to the apply form, as the user entered them. */
export const carriedFields = [...choiceFields, 'city', 'region', 'opens', 'closes'] as const;
