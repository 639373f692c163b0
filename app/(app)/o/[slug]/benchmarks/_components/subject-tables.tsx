import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatWhole, localised } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import {
  Cell,
  CardTable,
  CardTableBody,
  CardTableHead,
  CardTableRow,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';
import type { BenchmarkComparison, SubjectTable } from '@/lib/benchmarks/comparison';

type SubjectRow = SubjectTable['rows'][number];

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
  // The columns after name and store code or role, in order: a card on a phone lists them the same way.
  const figures: { label: string; numeric: boolean; value: (row: SubjectRow) => string }[] = [
    { label: t('minutes'), numeric: true, value: (row) => formatWhole(locale, row.minutes) },
    {
      label: t('perWorkingDay'),
      numeric: true,
      value: (row) => formatDecimal(locale, row.minutesPerWorkingDay),
    },
    { label: t('band'), numeric: false, value: (row) => bandLabel(row.dailyTimeBandKey) },
    { label: t('posts'), numeric: true, value: (row) => formatWhole(locale, row.posts) },
    { label: t('postsPerWeek'), numeric: true, value: (row) => formatDecimal(locale, row.postsPerWeek) },
    { label: t('reviews'), numeric: true, value: (row) => formatWhole(locale, row.reviewsAnswered) },
    { label: t('checkIns'), numeric: true, value: (row) => formatWhole(locale, row.checkIns) },
  ];
  const section = (title: string, table: SubjectTable, scope: 'location' | 'member') => {
    const detailLabel = scope === 'location' ? t('storeCode') : t('role');
    return (
      <Card title={title}>
        <p className="mb-2 text-sm text-slate-600">
          {t('note', { shown: table.rows.length, total: table.total, withData: table.withData })}
        </p>
        {/* A card per row on a phone; wider screens scroll the table here should it not fit. */}
        <div className="sm:overflow-x-auto">
          <CardTable inCard className="figure-table w-full text-left text-sm sm:min-w-[40rem]">
            <CardTableHead>
              <CardTableRow className="text-slate-600">
                <ColumnHeader className="font-medium">{t('name')}</ColumnHeader>
                <ColumnHeader className="font-medium">{detailLabel}</ColumnHeader>
                {figures.map(({ label, numeric }) => (
                  <ColumnHeader key={label} className={numeric ? 'num font-medium' : 'font-medium'}>
                    {label}
                  </ColumnHeader>
                ))}
              </CardTableRow>
            </CardTableHead>
            <CardTableBody>
              {table.rows.map((row) => (
                <CardTableRow key={row.id}>
                  <RowHeader className="sm:font-normal">
                    {/* A plain link: a hundred of them, each another comparison, not worth prefetching. */}
                    <a
                      href={hrefFor(scope, row.id)}
                      className="text-brand-800 font-medium hover:underline max-sm:font-semibold"
                    >
                      {row.name}
                    </a>
                  </RowHeader>
                  <Cell label={detailLabel} className="sm:whitespace-nowrap">
                    {scope === 'member'
                      ? t(`roles.${row.detail as 'OWNER' | 'MANAGER' | 'STAFF'}`)
                      : row.detail}
                  </Cell>
                  {figures.map(({ label, numeric, value }) => (
                    <Cell key={label} label={label} className={numeric ? 'num' : undefined}>
                      {value(row)}
                    </Cell>
                  ))}
                </CardTableRow>
              ))}
            </CardTableBody>
          </CardTable>
        </div>
      </Card>
    );
  };
  return (
    <>
      {comparison.perLocation &&
        comparison.perLocation.total > 0 &&
        section(t('perLocation'), comparison.perLocation, 'location')}
      {comparison.perMember && section(t('perMember'), comparison.perMember, 'member')}
    </>
  );
}
