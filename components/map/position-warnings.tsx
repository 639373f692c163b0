'use client';

import { useTranslations } from 'next-intl';
import type { PositionWarning } from './use-approximate-position';

/** The address's plausibility warnings (postcode far from the city, pin far from the address). */
export function PositionWarnings({ warnings }: { warnings: PositionWarning[] }) {
  const t = useTranslations('locations.warnings');
  return (
    <div aria-live="polite">
      {warnings.length > 0 && (
        <ul
          data-testid="position-warnings"
          className="space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {warnings.map((warning) => (
            <li key={warning.code}>{t.has(warning.code) ? t(warning.code, warning.params) : warning.code}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
