import { getTranslations } from 'next-intl/server';
import { ListingMovementsCard } from '@/components/score-history/listing-movements-card';
import { ScoreTrendCard } from '@/components/score-history/score-trend-card';
import type { TrendRange } from '@/components/score-history/trend-range';
import type { DashboardPresence } from '@/lib/score-history/dashboard-presence';

/** The organisation's score trend (two columns wide) and what changed in its listings since last month. */
export async function PresenceHistoryCards({
  presence,
  range,
  base,
}: {
  presence: DashboardPresence;
  range: TrendRange;
  base: string;
}) {
  const t = await getTranslations('scoreHistory');
  return (
    <>
      <div className="md:col-span-2">
        <ScoreTrendCard
          id="organisation-score-trend"
          title={t('trend.title')}
          points={presence.history}
          range={range}
          hrefOfRange={(choice) => (choice === '90' ? base : `${base}?verlauf=${choice}`)}
        />
      </div>
      <ListingMovementsCard
        movements={presence.movements}
        href={`${base}/listings`}
        linkText={t('movements.openListings')}
      />
    </>
  );
}
