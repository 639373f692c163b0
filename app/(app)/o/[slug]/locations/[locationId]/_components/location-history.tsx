import { getTranslations } from 'next-intl/server';
import { ListingMovementsCard } from '@/components/score-history/listing-movements-card';
import { ScoreTrendCard } from '@/components/score-history/score-trend-card';
import { trendPeriod, type TrendRange } from '@/components/score-history/trend-range';
import type { MemberContext } from '@/lib/access/member-context';
import { listingMovements } from '@/lib/score-history/listing-movements';
import { locationScoreHistory } from '@/lib/score-history/read-history';

type Props = {
  member: MemberContext;
  /** A location the page has already loaded through the data layer. */
  locationId: string;
  range: TrendRange;
  /** The location page's address. */
  href: string;
};

/** The location's score trend and what changed in its listings since last month (two statements). */
export async function LocationHistory({ member, locationId, range, href }: Props) {
  const t = await getTranslations('scoreHistory');
  const [points, movements] = await Promise.all([
    locationScoreHistory(member, locationId, trendPeriod(range, member.organisation.timeZone)),
    listingMovements(member, { locationId }),
  ]);
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <ScoreTrendCard
          id="location-score-trend"
          title={t('trend.locationTitle')}
          points={points}
          range={range}
          hrefOfRange={(choice) => (choice === '90' ? href : `${href}?verlauf=${choice}`)}
        />
      </div>
      <ListingMovementsCard
        movements={movements}
        href={`${href}/listings`}
        linkText={t('movements.openChecklist')}
      />
    </div>
  );
}
