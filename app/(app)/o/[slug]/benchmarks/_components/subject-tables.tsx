import Link from 'next/link';
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
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-3 font-medium">
                {t('name')}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {scope === 'location' ? t('storeCode') : t('role')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t('minutes')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t('perWorkingDay')}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t('band')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t('posts')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t('postsPerWeek')}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t('reviews')}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t('checkIns')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  <Link href={hrefFor(scope, row.id)} className="text-brand-800 font-medium hover:underline">
                    {row.name}
                  </Link>
                </th>
                <td className="py-1 pr-3">
                  {scope === 'member'
                    ? t(`roles.${row.detail as 'OWNER' | 'MANAGER' | 'STAFF'}`)
                    : row.detail}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatWhole(locale, row.minutes)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">
                  {formatDecimal(locale, row.minutesPerWorkingDay)}
                </td>
                <td className="py-1 pr-3">{bandLabel(row.dailyTimeBandKey)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatWhole(locale, row.posts)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">
                  {formatDecimal(locale, row.postsPerWeek)}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">
                  {formatWhole(locale, row.reviewsAnswered)}
                </td>
                <td className="py-1 text-right tabular-nums">{formatWhole(locale, row.checkIns)}</td>
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
