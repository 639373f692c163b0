import { getTranslations } from 'next-intl/server';
import type { LocationGroupRuleField } from '@/lib/generated/prisma/enums';

/** "Regel: Ort = „Bremerhaven“", "Regel: PLZ beginnt mit „275“" or "Von Hand gewählt". */
export async function RuleSummary({
  field,
  value,
}: {
  field: LocationGroupRuleField | null;
  value: string | null;
}) {
  const t = await getTranslations('locationGroups');
  if (!field || value === null) return <>{t('handSummary')}</>;
  if (field === 'POSTAL_CODE_PREFIX') return <>{t('ruleSummaryPrefix', { value })}</>;
  return <>{t('ruleSummary', { field: t(`ruleFields.${field}`), value })}</>;
}
