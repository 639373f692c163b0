import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ScoreSummary } from '@/components/listings/score-summary';
import { PageHeader } from '@/components/ui/page-header';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { getLocationChecklist } from '@/lib/listings/checklist';
import { actionsToDoOf, groupByKind } from '@/lib/listings/checklist-groups';
import { listLocationHistory } from '@/lib/listings/history';
import { sideBySide } from '@/lib/listings/nap-check';
import { getFreshnessDays } from '@/lib/listings/platforms';
import { locationScores } from '@/lib/listings/score';
import { hasRole } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { updateListingAction } from './_actions/update-listing';
import { ActionsToDo } from './_components/actions-to-do';
import { ChecklistItem } from './_components/checklist-item';
import { ItemHistory } from './_components/item-history';
import { ItemPanel } from './_components/item-panel';
import { ItemSummary } from './_components/item-summary';

type Props = { params: Promise<{ slug: string; locationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('listings.checklist'))('tab') };
}

/**
 * One location's checklist: the score across the top, what is still to do, then one compact row
 * per platform grouped by kind; a row opens in place with the data comparison and the form.
 */
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
  const canEdit = hasRole(member, 'MANAGER') || location.assignedMembershipId === member.membershipId;
  const parts = scores.get(location.id) ?? { score: 0, coverage: 0, correctness: 0, freshness: 0 };
  const action = updateListingAction.bind(null, slug);

  return (
    <>
      <p className="mb-3">
        <Link
          href={`/o/${slug}/locations/${location.id}`}
          className="text-brand-700 text-sm font-medium hover:underline"
        >
          ← {location.name}
        </Link>
      </p>
      <PageHeader title={t('checklist.title', { name: location.name })} intro={t('checklist.intro')} />
      <div className="space-y-6">
        <ScoreSummary parts={parts} freshnessDays={freshnessDays} layout="band" />
        <ActionsToDo counts={actionsToDoOf(entries)} />
        <div className="@container rounded-xl border border-slate-200 bg-white shadow-sm">
          <div
            aria-hidden="true"
            className="hidden grid-cols-[minmax(0,1fr)_13rem_8rem_minmax(0,11rem)_1rem] gap-x-3 border-b border-slate-200 px-3 py-2 text-xs font-medium text-slate-600 @2xl:grid"
          >
            <span>{t('checklist.columnPlatform')}</span>
            <span>{t('checklist.columnStatus')}</span>
            <span>{t('checklist.columnChecked')}</span>
            <span>{t('checklist.columnData')}</span>
          </div>
          {groupByKind(entries).map((group) => (
            <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
              <h2
                id={`kind-${group.kind}`}
                className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-semibold tracking-wide text-slate-700 uppercase"
              >
                {t.has(`kind.${group.kind}`) ? t(`kind.${group.kind}` as 'kind.MAPS') : group.kind} (
                {group.entries.length})
              </h2>
              <ul className="divide-y divide-slate-200">
                {group.entries.map((entry) => {
                  const comparison = sideBySide(location, entry.platform.shows, {
                    name: entry.item.shownName,
                    street: entry.item.shownStreet,
                    postcode: entry.item.shownPostcode,
                    city: entry.item.shownCity,
                    phone: entry.item.shownPhone,
                    website: entry.item.shownWebsite,
                  });
                  return (
                    <li key={entry.platform.id}>
                      <ChecklistItem
                        id={entry.platform.key}
                        summary={<ItemSummary entry={entry} comparison={comparison} format={format} />}
                        form={canEdit ? { action, locationId: location.id, entry } : undefined}
                        history={
                          <ItemHistory changes={history.get(entry.platform.id) ?? []} format={format} />
                        }
                      >
                        <ItemPanel entry={entry} comparison={comparison} />
                      </ChecklistItem>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
