import { getTranslations } from 'next-intl/server';
import { scoreBand } from '@/lib/listings/score-formula';

type Parts = { score: number; coverage: number; correctness: number; freshness: number };

const bandTone = { good: 'text-emerald-800', fair: 'text-amber-800', poor: 'text-red-800' } as const;

type Props = {
  parts: Parts;
  freshnessDays: number;
  /** A card beside other content, or a band across the top of a page (parts side by side). */
  layout?: 'card' | 'band';
};

/** The score with its three parts as bars, each explained in words (the numbers are in the text). */
export async function ScoreSummary({ parts, freshnessDays, layout = 'card' }: Props) {
  const t = await getTranslations('listings.checklist');
  const rows = [
    { key: 'coverage', value: parts.coverage, help: t('coverageHelp') },
    { key: 'correctness', value: parts.correctness, help: t('correctnessHelp') },
    { key: 'freshness', value: parts.freshness, help: t('freshnessHelp', { days: freshnessDays }) },
  ] as const;
  return (
    <section
      className={`rounded-xl border border-slate-200 bg-white p-5 shadow-sm ${layout === 'band' ? 'gap-6 md:flex md:items-start' : ''}`}
      aria-labelledby="score-title"
    >
      <div className="shrink-0">
        <h2 id="score-title" className="text-base font-semibold text-slate-900">
          {t('scoreTitle')}
        </h2>
        <p className={`mt-1 text-4xl font-bold ${bandTone[scoreBand(parts.score)]}`}>
          {t('scoreOf', { score: parts.score })}
        </p>
      </div>
      <dl className={layout === 'band' ? 'mt-4 grid flex-1 gap-4 sm:grid-cols-3 md:mt-0' : 'mt-4 space-y-3'}>
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="flex justify-between text-sm font-medium text-slate-800">
              <span>{t(row.key)}</span>
              <span>{Math.round(row.value * 100)} %</span>
            </dt>
            <dd>
              <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
                <div
                  className="bg-brand-600 h-2 rounded-full"
                  style={{ width: `${Math.round(row.value * 100)}%` }}
                />
              </div>
              <p className="mt-1 text-xs text-slate-600">{row.help}</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
