import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { ChecklistEntry } from '@/lib/listings/checklist';
import { groupByKind } from '@/lib/listings/checklist-groups';
import type { ListingChangeEntry } from '@/lib/listings/history';
import { sideBySide } from '@/lib/listings/nap-check';
import type { LocationDetail } from '@/lib/locations/locations';
import type { LocationObservationView } from '@/lib/verification/observations';
import { ChecklistItem } from './checklist-item';
import { ItemHistory } from './item-history';
import { ItemPanel } from './item-panel';
import { ItemSummary } from './item-summary';
import { ObservationPanel } from './observation-panel';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  location: LocationDetail;
  entries: ChecklistEntry[];
  history: Map<string, ListingChangeEntry[]>;
  /** The latest observation of OpenStreetMap and Google, by the platform key they feed. */
  observations: Map<string, LocationObservationView>;
  /** For those who may edit the checklist: saving an item and accepting a suggested status. */
  actions: { update: Action; acceptSuggestion: Action } | null;
};

/**
 * The checklist's rows grouped by kind of platform under one header row (wide lists only); a row
 * opens in place with its details.
 */
export async function ChecklistGroupsList(props: Props) {
  const t = await getTranslations('listings');
  return (
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
      <Groups {...props} />
    </div>
  );
}

async function Groups({ location, entries, history, observations, actions }: Props) {
  const t = await getTranslations('listings');
  const format = await getAppFormatter();
  return groupByKind(entries).map((group) => (
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
          const observation = observations.get(entry.platform.key);
          return (
            <li key={entry.platform.id}>
              <ChecklistItem
                id={entry.platform.key}
                summary={
                  <ItemSummary entry={entry} comparison={comparison} format={format} observed={observation} />
                }
                form={actions ? { action: actions.update, locationId: location.id, entry } : undefined}
                history={<ItemHistory changes={history.get(entry.platform.id) ?? []} format={format} />}
              >
                <ItemPanel
                  entry={entry}
                  comparison={comparison}
                  suggested={Boolean(observation?.suggestedStatus)}
                  observation={
                    observation &&
                    (observation.source === 'OPENSTREETMAP' || observation.source === 'GOOGLE') && (
                      <ObservationPanel
                        observation={{ ...observation, source: observation.source }}
                        acceptAction={actions?.acceptSuggestion}
                      />
                    )
                  }
                />
              </ChecklistItem>
            </li>
          );
        })}
      </ul>
    </section>
  ));
}
