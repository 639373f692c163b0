import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';
import type { PlatformListItem } from '@/lib/listings/platforms';
import { PlatformToggle } from './platform-toggle';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Actions = { setEnabled: Action; deleteCustom: Action };

function hostOf(url: string) {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** One platform: name, why it matters for the business, its site and weight, and its switch. */
export async function PlatformRow({
  platform,
  reason,
  actions,
}: {
  platform: PlatformListItem;
  /** Why it matters for this kind of business (catalogue platforms). */
  reason: string | null;
  /** Managers and owners switch and delete; others see the state. */
  actions: Actions | null;
}) {
  const t = await getTranslations('listings.platforms');
  return (
    <li
      className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
      data-platform={platform.key}
    >
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          {platform.name}{' '}
          {platform.isCustom && (
            <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t('custom')}
            </span>
          )}
        </p>
        {reason && <p className="text-sm text-slate-800">{reason}</p>}
        <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
          {platform.homeUrl && (
            <a
              href={platform.homeUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand-800 hover:underline"
            >
              {hostOf(platform.homeUrl)}
              <span className="sr-only"> ({t('opensInNewTab')})</span>
            </a>
          )}
          <span>{t('weight', { weight: platform.weight })}</span>
          {platform.hasRatings && <span>{t('showsRatings')}</span>}
        </p>
      </div>
      <div className="flex items-start gap-2 sm:justify-end">
        <PlatformControls platform={platform} actions={actions} />
      </div>
    </li>
  );
}

/** The switch (and for an own platform, delete) for managers; the state for everyone else. */
async function PlatformControls({
  platform,
  actions,
}: {
  platform: PlatformListItem;
  actions: Actions | null;
}) {
  const t = await getTranslations('listings.platforms');
  if (!actions)
    return (
      <span
        className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${
          platform.enabled
            ? 'bg-emerald-50 text-emerald-900 ring-emerald-200'
            : 'bg-slate-100 text-slate-700 ring-slate-300'
        }`}
      >
        {platform.enabled ? t('enabled') : t('disabled')}
      </span>
    );
  return (
    <>
      <PlatformToggle
        action={actions.setEnabled}
        platformId={platform.id}
        enabled={platform.enabled}
        label={t('use', { name: platform.name })}
        onText={t('on')}
        offText={t('off')}
      />
      {platform.isCustom && (
        <ActionForm
          action={actions.deleteCustom}
          confirmMessage={t('deleteConfirm', { name: platform.name })}
          quietOnSuccess
        >
          <input type="hidden" name="platformId" value={platform.id} />
          <SubmitButton variant="danger">
            {t('delete')}
            <span className="sr-only"> {platform.name}</span>
          </SubmitButton>
        </ActionForm>
      )}
    </>
  );
}
