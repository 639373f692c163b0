import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatWhole, localised } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison, SubjectTable } from '@/lib/benchmarks/comparison';

type Props = {
  comparison: BenchmarkComparison;
  /** The link that opens one location's or member's comparison with the same period and set. */
  hrefFor: (scope: 'location' | 'member', id: string) => string;
};

/** (e) Per location and per member, for managers: the 50 with the most minutes each. */
export async function SubjectTables({ comparison, hrefFor }: Props) {
  const t = await getTranslations('benchmarks.tables');
  const locale = await getLocale();
  const bandLabel = (key: string | null) => {
    const band = comparison.dailyTime.bands.find((entry) => entry.key === key);
    return band ? localised(band.label, locale) : t('noBand');
  };
  const section = (title: string, table: SubjectTable, scope: 'location' | 'member') => (
    <Card title={title}>
      <p className="mb-2 text-sm text-slate-600">
        {t('note', { shown: table.rows.length, total: table.total, withData: table.withData })}
      </p>
      <div className="overflow-x-auto">
        <table className="figure-table w-full min-w-[40rem] text-left text-sm">
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="font-medium">
                {t('name')}
              </th>
              <th scope="col" className="font-medium">
                {scope === 'location' ? t('storeCode') : t('role')}
              </th>
              <th scope="col" className="num font-medium">
                {t('minutes')}
              </th>
              <th scope="col" className="num font-medium">
                {t('perWorkingDay')}
              </th>
              <th scope="col" className="font-medium">
                {t('band')}
              </th>
              <th scope="col" className="num font-medium">
                {t('posts')}
              </th>
              <th scope="col" className="num font-medium">
                {t('postsPerWeek')}
              </th>
              <th scope="col" className="num font-medium">
                {t('reviews')}
              </th>
              <th scope="col" className="num font-medium">
                {t('checkIns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="font-normal">
                  {/* A plain link: a hundred of them, each another comparison, not worth prefetching. */}
                  <a href={hrefFor(scope, row.id)} className="text-brand-800 font-medium hover:underline">
                    {row.name}
                  </a>
                </th>
                <td className="whitespace-nowrap">
                  {scope === 'member'
                    ? t(`roles.${row.detail as 'OWNER' | 'MANAGER' | 'STAFF'}`)
                    : row.detail}
                </td>
                <td className="num">{formatWhole(locale, row.minutes)}</td>
                <td className="num">{formatDecimal(locale, row.minutesPerWorkingDay)}</td>
                <td>{bandLabel(row.dailyTimeBandKey)}</td>
                <td className="num">{formatWhole(locale, row.posts)}</td>
                <td className="num">{formatDecimal(locale, row.postsPerWeek)}</td>
                <td className="num">{formatWhole(locale, row.reviewsAnswered)}</td>
                <td className="num">{formatWhole(locale, row.checkIns)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
  return (
    <>
      {comparison.perLocation &&
        comparison.perLocation.total > 0 &&
        section(t('perLocation'), comparison.perLocation, 'location')}
      {comparison.perMember && section(t('perMember'), comparison.perMember, 'member')}
    </>
  );
}
