import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChecklistItemEditor } from '@/components/listings/checklist-item-editor';
import { ListingStatusBadge } from '@/components/listings/listing-status-badge';
import { ScoreSummary } from '@/components/listings/score-summary';
import { PageHeader } from '@/components/ui/page-header';
import { getLocationChecklist } from '@/lib/listings/checklist';
import { listLocationHistory } from '@/lib/listings/history';
import { getFreshnessDays } from '@/lib/listings/platforms';
import { locationScores } from '@/lib/listings/score';
import { findOrNotFound, hasRole, requireMember } from '@/lib/organisations/member-context';
import { updateListingAction } from './_actions/update-listing';
import type { AppFormatter } from '@/lib/i18n/formatting';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

type Props = { params: Promise<{ slug: string; locationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('listings.checklist'))('tab') };
}

export default async function LocationListingsPage({ params }: Props) {
  const { slug, locationId } = await params;
  const member = await requireMember(slug);
  const { location, entries } = await findOrNotFound(getLocationChecklist(member, locationId));
  const [scores, history, freshnessDays] = await Promise.all([
    locationScores(member, [location.id]),
    listLocationHistory(member, location.id),
    getFreshnessDays(member),
  ]);
  const t = await getTranslations('listings');
  const format = await getAppFormatter();
  const locale = (await getLocale()) as 'de' | 'en';
  const canEdit = hasRole(member, 'MANAGER') || location.assignedMembershipId === member.membershipId;
  const parts = scores.get(location.id) ?? { score: 0, coverage: 0, correctness: 0, freshness: 0 };
  const action = updateListingAction.bind(null, slug);
  const base = `/o/${slug}/locations/${location.id}`;

  return (
    <>
      <p className="mb-3">
        <Link href={base} className="text-brand-700 text-sm font-medium hover:underline">
          ← {location.name}
        </Link>
      </p>
      <PageHeader title={t('checklist.title', { name: location.name })} intro={t('checklist.intro')} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <ol className="space-y-4">
          {entries.map((entry) => {
            const changes = history.get(entry.platform.id) ?? [];
            return (
              <li
                key={entry.platform.id}
                className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 className="text-base font-semibold text-slate-900">{entry.platform.name}</h2>
                    <p className="text-sm text-slate-600">{t(`kind.${entry.platform.kind}`)}</p>
                  </div>
                  <ListingStatusBadge status={entry.item.status} />
                </div>
                <p className="mt-2 text-sm">
                  <span className="font-semibold text-slate-900">{t('checklist.nextAction')}:</span>{' '}
                  <span
                    className={
                      entry.nextAction === 'fixData' ? 'font-semibold text-red-800' : 'text-slate-800'
                    }
                  >
                    {t(`nextAction.${entry.nextAction}`)}
                  </span>
                </p>
                {entry.item.mismatchedFields.length > 0 && (
                  <p className="mt-1 text-sm font-medium text-red-800">
                    {t('checklist.mismatch', {
                      fields: entry.item.mismatchedFields
                        .map((field) => t(`checklist.nap.${field}`))
                        .join(', '),
                    })}
                  </p>
                )}
                <p className="mt-1 text-xs text-slate-600">
                  {entry.item.lastCheckedAt
                    ? entry.item.lastCheckedBy
                      ? t('checklist.lastChecked', {
                          date: format.dateTime(entry.item.lastCheckedAt, { dateStyle: 'medium' }),
                          name: entry.item.lastCheckedBy,
                        })
                      : t('checklist.lastCheckedNoName', {
                          date: format.dateTime(entry.item.lastCheckedAt, { dateStyle: 'medium' }),
                        })
                    : t('checklist.neverChecked')}
                </p>
                <div className="mt-2 flex flex-wrap gap-3 text-sm">
                  {entry.item.listingUrl && (
                    <a
                      href={entry.item.listingUrl}
                      rel="noopener noreferrer"
                      target="_blank"
                      className="text-brand-700 font-medium hover:underline"
                    >
                      {t('checklist.openListing')}
                    </a>
                  )}
                  {entry.platform.homeUrl && (
                    <a
                      href={entry.platform.homeUrl}
                      rel="noopener noreferrer"
                      target="_blank"
                      className="text-brand-700 font-medium hover:underline"
                    >
                      {t('checklist.openPlatform')}
                    </a>
                  )}
                </div>
                {entry.platform.claimHint[locale] && (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer font-medium text-slate-800">
                      {t('checklist.howToClaim')}
                    </summary>
                    <p className="mt-1 text-slate-700">{entry.platform.claimHint[locale]}</p>
                  </details>
                )}
                {canEdit && (
                  <ChecklistItemEditor
                    summary={
                      <>
                        {t('checklist.edit')} <span className="sr-only">({entry.platform.name})</span>
                      </>
                    }
                    action={action}
                    locationId={location.id}
                    entry={entry}
                  />
                )}
                <details className="mt-1">
                  <summary className="min-h-11 cursor-pointer py-2 text-sm text-slate-700">
                    {t('checklist.history')} ({changes.length})
                  </summary>
                  {changes.length === 0 ? (
                    <p className="text-sm text-slate-600">{t('checklist.noHistory')}</p>
                  ) : (
                    <ul className="space-y-2 text-sm">
                      {changes.map((change) => (
                        <li key={change.id}>
                          <p className="text-xs text-slate-600">
                            {t('checklist.changedBy', {
                              name: change.changedByName,
                              date: format.dateTime(change.changedAt, {
                                dateStyle: 'medium',
                                timeStyle: 'short',
                              }),
                            })}
                          </p>
                          <ul className="ml-4 list-disc">
                            {Object.entries(change.changes).map(([field, { from, to }]) => (
                              <li key={field}>
                                {t.has(`checklist.field.${field}`) ? t(`checklist.field.${field}`) : field}:{' '}
                                {describe(field, from, t, format)} → {describe(field, to, t, format)}
                              </li>
                            ))}
                          </ul>
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </li>
            );
          })}
        </ol>
        {/* Named after the score's heading: the page has the menu's sidebar as well. */}
        <aside aria-labelledby="score-title">
          <ScoreSummary parts={parts} freshnessDays={freshnessDays} />
        </aside>
      </div>
    </>
  );
}

function describe(
  field: string,
  value: unknown,
  t: Awaited<ReturnType<typeof getTranslations<'listings'>>>,
  format: AppFormatter,
) {
  if (value === null || value === undefined || value === '') return t('checklist.empty');
  if (field === 'status' && typeof value === 'string' && t.has(`status.${value}`))
    return t(`status.${value}` as 'status.LIVE');
  if (field === 'lastCheckedAt') return format.dateTime(new Date(String(value)), { dateStyle: 'medium' });
  return String(value);
}
