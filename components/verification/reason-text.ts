import type { VerificationSource } from '@/lib/generated/prisma/enums';

// Why a source could not be asked, in words, with the short code after it for whoever looks
// further ("OpenStreetMap ist gerade nicht erreichbar (status-503)"). The codes come from the
// sources (lib/verification/sources), the outbound client (lib/outbound) and the job layer.

/** `t` of the "verification" namespace. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ReasonKind =
  | 'unreachable'
  | 'slowDown'
  | 'rejected'
  | 'incomplete'
  | 'robots'
  | 'notAllowed'
  | 'noPosition'
  | 'alreadyRunning'
  | 'notConfigured'
  | 'internal'
  | 'other';

const unreachableCodes = new Set([
  'timeout',
  'connect_timeout',
  'connection_failed',
  'dns_failed',
  'aborted',
  'invalid-answer',
  'refused-robots_unreachable',
]);
const notAllowedCodes = new Set([
  'refused-invalid_url',
  'refused-scheme_not_allowed',
  'refused-credentials_in_url',
  'refused-port_not_allowed',
  'refused-address_not_allowed',
]);
const namedCodes: Record<string, ReasonKind> = {
  'incomplete-answer': 'incomplete',
  'refused-disallowed_by_robots': 'robots',
  'no-position': 'noPosition',
  'already-running': 'alreadyRunning',
  'not-configured': 'notConfigured',
  'internal-error': 'internal',
};

export function reasonKind(code: string): ReasonKind {
  if (namedCodes[code]) return namedCodes[code];
  if (unreachableCodes.has(code) || notAllowedCodes.has(code)) {
    return unreachableCodes.has(code) ? 'unreachable' : 'notAllowed';
  }
  // status-503, status-403-PERMISSION_DENIED (Google adds its status word).
  const status = /^status-(\d{3})(?:-|$)/.exec(code)?.[1];
  if (status === '429') return 'slowDown';
  if (status === '408' || status?.startsWith('5')) return 'unreachable';
  if (status) return 'rejected';
  return 'other';
}

export function reasonText(t: Translate, source: VerificationSource, code: string) {
  return t(`reasons.${reasonKind(code)}`, { source: t(`sources.${source}`), code });
}
