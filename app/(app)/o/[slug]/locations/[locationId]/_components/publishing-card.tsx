import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { LocationPublishing } from '@/lib/publishing/json-ld/location-publishing';
import { jsonLdScriptElement } from '@/lib/publishing/json-ld/serialise-json-ld';

const codeBlock =
  'max-h-80 overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-900';

/**
 * The location's JSON-LD for its website and its OpenStreetMap opening_hours value, each with a
 * copy button, and the link to edit the OpenStreetMap element the automatic check matched.
 */
export async function PublishingCard({ publishing }: { publishing: LocationPublishing }) {
  const t = await getTranslations('locationPublishing');
  const script = jsonLdScriptElement(publishing.jsonLd);
  return (
    <Card title={t('title')} className="mt-4">
      <p className="mb-4 text-sm text-slate-700">{t('intro')}</p>
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <section aria-labelledby="publishing-json-ld" className="min-w-0 space-y-2">
          <h3 id="publishing-json-ld" className="text-sm font-semibold text-slate-900">
            {t('jsonLdHeading')}
          </h3>
          <p className="text-sm text-slate-700">{t('jsonLdHint')}</p>
          <pre
            aria-label={t('jsonLdLabel')}
            tabIndex={0}
            className={`${codeBlock} whitespace-pre`}
            data-testid="json-ld"
          >
            {script}
          </pre>
          <CopyButton text={script} label={t('copyJsonLd')} copiedLabel={t('copied')} />
        </section>
        <OsmHoursBlock publishing={publishing} />
      </div>
    </Card>
  );
}

async function OsmHoursBlock({ publishing }: { publishing: LocationPublishing }) {
  const t = await getTranslations('locationPublishing');
  const format = await getAppFormatter();
  const { osmHours, osmElement } = publishing;
  return (
    <section aria-labelledby="publishing-osm" className="min-w-0 space-y-2">
      <h3 id="publishing-osm" className="text-sm font-semibold text-slate-900">
        {t('osmHeading')}
      </h3>
      <p className="text-sm text-slate-700">{t('osmHint')}</p>
      {osmHours.value ? (
        <>
          <pre
            aria-label={t('osmLabel')}
            tabIndex={0}
            className={`${codeBlock} break-words whitespace-pre-wrap`}
            data-testid="osm-opening-hours"
          >
            {osmHours.value}
          </pre>
          <CopyButton text={osmHours.value} label={t('copyOsm')} copiedLabel={t('copied')} />
        </>
      ) : (
        <p className="text-sm text-slate-600">{t('osmEmpty')}</p>
      )}
      {osmHours.leftOutFrom && (
        <p role="note" className="text-sm text-amber-900">
          {t('osmLeftOut', {
            date: format.dateTime(new Date(`${osmHours.leftOutFrom}T00:00:00Z`), {
              dateStyle: 'medium',
              timeZone: 'UTC',
            }),
          })}
        </p>
      )}
      {osmHours.tooLong && (
        <p role="note" className="text-sm text-amber-900">
          {t('osmTooLong')}
        </p>
      )}
      {osmHours.validatorWarnings.length > 0 && (
        <div className="text-sm text-amber-900">
          <p>{t('osmValidator')}</p>
          <ul className="list-disc pl-5 font-mono text-xs">
            {osmHours.validatorWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {osmElement ? (
        <div className="space-y-1 pt-1">
          <a
            href={osmElement.editUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline"
          >
            {t('osmEdit', { type: osmElement.type, id: osmElement.id })}
            <span className="sr-only"> {t('newTab')}</span>
          </a>
          <p className="text-xs text-slate-600">{t('osmEditHint')}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('osmUnknown')}</p>
      )}
    </section>
  );
}
