// The sentences a log entry reads as: what happened (with the names and numbers from its details)
// and the details worth a second line. Text from the log is passed as values, never as markup.
import type { getTranslations } from 'next-intl/server';
import { isAuditAction } from '@/lib/audit/audit-actions';
import type { AuditLogEntry } from '@/lib/audit/audit-queries';
import { roles } from '@/lib/organisations/roles';

type Translator = Awaited<ReturnType<typeof getTranslations>>;

// Every placeholder the messages use, so that an entry written with fewer details still reads.
const emptyValues = {
  email: '',
  role: '',
  member: '',
  from: '',
  to: '',
  name: '',
  storeCode: '',
  prefix: '',
  path: '',
  request: '',
  method: '',
  reason: '',
  by: '',
  date: '',
  left: '',
  allOrNothing: '',
  anyoneWithLink: '',
  locator: '',
  fields: '',
  origins: '',
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  minutes: 0,
};

const roleFields = new Set(['role', 'from', 'to', 'required']);

function isRole(value: string): value is (typeof roles)[number] {
  return (roles as readonly string[]).includes(value);
}

function messageValues(details: Record<string, unknown>, tRoles: Translator) {
  const values: Record<string, string | number> = { ...emptyValues };
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'number') values[key] = value;
    else if (typeof value === 'boolean') values[key] = value ? 'yes' : 'no';
    else if (typeof value === 'string')
      values[key] = roleFields.has(key) && isRole(value) ? tRoles(value) : value;
  }
  return values;
}

/** `t` is the "audit" namespace, `tRoles` the "roles" one. */
export function auditEntryText(entry: AuditLogEntry, t: Translator, tRoles: Translator) {
  const values = messageValues(entry.details, tRoles);
  if (!isAuditAction(entry.action))
    return { what: t('actions.unknown', { action: entry.action }), details: '' };
  const detailsKey = `details.${entry.action}`;
  return {
    what: t(`actions.${entry.action}`, values),
    details: t.has(detailsKey) ? t(detailsKey, values) : '',
  };
}
