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
  groupId,
}: {
  presence: DashboardPresence;
  range: TrendRange;
  base: string;
  /** The location group the dashboard is narrowed to: kept in the range links and the listings link. */
  groupId?: string | null;
}) {
  const t = await getTranslations('scoreHistory');
  const withGroup = (path: string, search: URLSearchParams) => {
    if (groupId) search.set('group', groupId);
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <>
      <div className="md:col-span-2">
        <ScoreTrendCard
          id="organisation-score-trend"
          title={t('trend.title')}
          points={presence.history}
          range={range}
          hrefOfRange={(choice) =>
            withGroup(base, new URLSearchParams(choice === '90' ? {} : { verlauf: choice }))
          }
        />
      </div>
      <ListingMovementsCard
        movements={presence.movements}
        href={withGroup(`${base}/listings`, new URLSearchParams())}
        linkText={t('movements.openListings')}
      />
    </>
  );
}
