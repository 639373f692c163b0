import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { LocationGroupOption } from '@/lib/location-groups/group-options';
import { setGroupLimitAction } from '../_actions/set-group-limit';

type Props = {
  slug: string;
  membershipId: string;
  name: string;
  groups: LocationGroupOption[];
  /** The groups the manager is limited to now. */
  limit: string[];
};

/** A manager's limit to location groups, folded: the summary says what it is, the boxes change it. */
export async function GroupLimitForm({ slug, membershipId, name, groups, limit }: Props) {
  const t = await getTranslations('locationGroups');
  const limited = groups.filter((group) => limit.includes(group.id)).map((group) => group.name);
  return (
    <details className="basis-full rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <summary className="min-h-11 cursor-pointer content-center font-medium text-slate-800">
        {t('limitsSummary', { groups: limited.length > 0 ? limited.join(', ') : t('limitsNone') })}
      </summary>
      {groups.length === 0 ? (
        <p className="pb-2 text-slate-600">{t('limitsNoGroups')}</p>
      ) : (
        <ActionForm action={setGroupLimitAction.bind(null, slug)} className="space-y-3 pb-2">
          <input type="hidden" name="membershipId" value={membershipId} />
          <fieldset>
            <legend className="text-slate-700">{t('limitsLegend', { name })}</legend>
            <p className="text-xs text-slate-600">{t('limitsHint')}</p>
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {groups.map((group) => {
                const id = `limit-${membershipId}-${group.id}`;
                return (
                  <div key={group.id} className="flex min-h-11 items-center gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      name="groupIds"
                      value={group.id}
                      defaultChecked={limit.includes(group.id)}
                      className="accent-brand-600 size-5 shrink-0"
                    />
                    <label htmlFor={id} className="text-slate-900">
                      {group.name}{' '}
                      <span className="text-xs text-slate-600">({t(`kinds.${group.kind}`)})</span>
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
          <SubmitButton variant="secondary">{t('limitsSave')}</SubmitButton>
        </ActionForm>
      )}
    </details>
  );
}
