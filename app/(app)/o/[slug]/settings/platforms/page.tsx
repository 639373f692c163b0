import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SubmitButton } from '@/components/ui/submit-button';
import { platformKinds } from '@/lib/listings/platform-settings-schemas';
import { getFreshnessDays, listPlatforms, type PlatformListItem } from '@/lib/listings/platforms';
import { hasRole, requireMember } from '@/lib/organisations/member-context';
import { createCustomPlatformAction } from './_actions/create-custom-platform';
import { deleteCustomPlatformAction } from './_actions/delete-custom-platform';
import { setFreshnessDaysAction } from './_actions/set-freshness-days';
import { setPlatformEnabledAction } from './_actions/set-platform-enabled';
import { CustomPlatformForm } from './_components/custom-platform-form';
import { FreshnessForm } from './_components/freshness-form';
import { PlatformToggle } from './_components/platform-toggle';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('listings.platforms'))('title') };
}

function hostOf(url: string) {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export default async function PlatformsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const canEdit = hasRole(member, 'MANAGER');
  const [platforms, freshnessDays] = await Promise.all([listPlatforms(member), getFreshnessDays(member)]);
  const t = await getTranslations('listings.platforms');
  const tKind = await getTranslations('listings.kind');
  const enabledCount = platforms.filter((platform) => platform.enabled).length;

  const row = (platform: PlatformListItem) => (
    <li
      key={platform.id}
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
        {canEdit ? (
          <>
            <PlatformToggle
              action={setPlatformEnabledAction.bind(null, slug)}
              platformId={platform.id}
              enabled={platform.enabled}
              label={t('use', { name: platform.name })}
              onText={t('on')}
              offText={t('off')}
            />
            {platform.isCustom && (
              <ActionForm
                action={deleteCustomPlatformAction.bind(null, slug)}
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
        ) : (
          <span
            className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${
              platform.enabled
                ? 'bg-emerald-50 text-emerald-900 ring-emerald-200'
                : 'bg-slate-100 text-slate-700 ring-slate-300'
            }`}
          >
            {platform.enabled ? t('enabled') : t('disabled')}
          </span>
        )}
      </div>
    </li>
  );

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        {!canEdit && (
          <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
            {t('readOnly')}
          </p>
        )}

        <Card title={t('freshnessTitle')}>
          <p className="mb-4 text-sm text-slate-600">{t('freshnessHelp', { days: freshnessDays })}</p>
          {canEdit && (
            <FreshnessForm action={setFreshnessDaysAction.bind(null, slug)} freshnessDays={freshnessDays} />
          )}
        </Card>

        <p className="text-sm text-slate-600" role="status">
          {t('enabledCount', { enabled: enabledCount, total: platforms.length })}
        </p>

        {platformKinds.map((kind) => {
          const ofKind = platforms.filter((platform) => platform.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <Card key={kind} title={tKind(kind)}>
              <ul className="divide-y divide-slate-100">{ofKind.map(row)}</ul>
            </Card>
          );
        })}

        {canEdit && (
          <Card title={t('addTitle')}>
            <p className="mb-4 text-sm text-slate-600">{t('addIntro')}</p>
            <CustomPlatformForm action={createCustomPlatformAction.bind(null, slug)} />
          </Card>
        )}
      </div>
    </>
  );
}
