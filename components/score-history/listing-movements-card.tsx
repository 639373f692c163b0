import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ListingMovements } from '@/lib/score-history/listing-movements';

type Props = {
  movements: ListingMovements;
  /** Where the listings behind the counts are worked on, and what the link says. */
  href: string;
  linkText: string;
};

/** "What changed since last month": listings gained, lost and corrected in the last 30 days. */
export async function ListingMovementsCard({ movements, href, linkText }: Props) {
  const t = await getTranslations('scoreHistory.movements');
  const rows = [
    { key: 'gained', tone: 'text-emerald-800' },
    { key: 'lost', tone: 'text-red-800' },
    { key: 'corrected', tone: 'text-brand-800' },
  ] as const;
  const none = movements.gained + movements.lost + movements.corrected === 0;
  return (
    <Card title={t('title')}>
      {none ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t('intro')}</p>
          <dl className="mt-3 grid grid-cols-3 gap-3">
            {rows.map((row) => (
              <div key={row.key} data-movement={row.key}>
                <dt className="text-sm font-medium text-slate-800">{t(row.key)}</dt>
                <dd>
                  <span
                    className={`text-2xl font-bold ${movements[row.key] > 0 ? row.tone : 'text-slate-700'}`}
                  >
                    {movements[row.key]}
                  </span>
                  <span className="block text-xs text-slate-600">{t(`${row.key}Help`)}</span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <ButtonLink href={href} variant="secondary" className="mt-3">
        {linkText}
      </ButtonLink>
    </Card>
  );
}
