import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { GroupMemberRow } from '@/lib/location-groups/members';
import { addLocationsToGroupAction } from '../_actions/group-actions';

type Props = { slug: string; groupId: string; query: string; candidates: GroupMemberRow[] | null };

/** A server-side search for locations not yet in the hand group, and the found ones to tick and add. */
export async function AddLocations({ slug, groupId, query, candidates }: Props) {
  const t = await getTranslations('locationGroups');
  const base = `/o/${slug}/groups/${groupId}`;
  return (
    <Card title={t('addTitle')}>
      <form method="get" action={base} className="mb-4 flex flex-wrap items-start gap-2" role="search">
        <TextField
          name="add"
          id="add-search"
          type="search"
          label={t('search')}
          hint={t('searchHint')}
          defaultValue={query}
          maxLength={100}
          className="w-full max-w-sm"
        />
        <button type="submit" className={buttonClasses('secondary', 'sm:mt-6')}>
          {t('searchButton')}
        </button>
      </form>
      {candidates && (
        // Kept while a search is shown, so its message stays after the added locations leave the list.
        <ActionForm action={addLocationsToGroupAction.bind(null, slug, groupId)} className="space-y-3">
          {candidates.length === 0 ? (
            <p className="text-sm text-slate-600">{query ? t('searchNone') : t('allAdded')}</p>
          ) : (
            <>
              <CandidateList candidates={candidates} legend={t('addTitle')} />
              <SubmitButton>{t('addSelected')}</SubmitButton>
            </>
          )}
        </ActionForm>
      )}
    </Card>
  );
}

/** The found locations as checkboxes, with store code and address to tell them apart. */
function CandidateList({ candidates, legend }: { candidates: GroupMemberRow[]; legend: string }) {
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {candidates.map((location) => {
          const id = `add-${location.id}`;
          return (
            <li key={location.id} className="flex min-h-11 items-center gap-3 px-3 py-2">
              <input
                id={id}
                type="checkbox"
                name="locationIds"
                value={location.id}
                className="accent-brand-600 size-5 shrink-0"
              />
              <label htmlFor={id} className="min-w-0 text-sm text-slate-900">
                {location.name}
                <span className="block text-xs text-slate-600">
                  {location.storeCode} · {location.postalCode} {location.city}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
