import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getBusinessType } from '@/lib/listings/business-type-platforms';
import { isPresetPlatform } from '@/lib/listings/business-types';
import { getFreshnessDays, listPlatforms } from '@/lib/listings/platforms';
import { hasRole } from '@/lib/access/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { requireMember } from '@/lib/organisations/member-context';
import { applyBusinessTypeAction } from './_actions/apply-business-type';
import { createCustomPlatformAction } from './_actions/create-custom-platform';
import { deleteCustomPlatformAction } from './_actions/delete-custom-platform';
import { setFreshnessDaysAction } from './_actions/set-freshness-days';
import { setPlatformEnabledAction } from './_actions/set-platform-enabled';
import { BusinessTypeCard } from './_components/business-type-card';
import { CustomPlatformForm } from './_components/custom-platform-form';
import { FreshnessForm } from './_components/freshness-form';
import { FurtherPlatforms } from './_components/further-platforms';
import { PlatformGroups } from './_components/platform-groups';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('listings.platforms'))('title') };
}

/**
 * The platforms the organisation works with. With a kind of business chosen, its preset comes
 * first, each platform with the reason it matters; the rest wait folded under "further platforms".
 */
export default async function PlatformsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  // The platforms are the organisation's: managers limited to location groups read them only.
  const canEdit = hasRole(member, 'MANAGER') && !isGroupLimited(member);
  const [platforms, freshnessDays, businessType] = await Promise.all([
    listPlatforms(member),
    getFreshnessDays(member),
    getBusinessType(member),
  ]);
  const t = await getTranslations('listings.platforms');
  const tType = await getTranslations('businessTypes');
  const enabledCount = platforms.filter((platform) => platform.enabled).length;
  const actions = canEdit
    ? {
        setEnabled: setPlatformEnabledAction.bind(null, slug),
        deleteCustom: deleteCustomPlatformAction.bind(null, slug),
      }
    : null;
  // Own platforms are always the owner's choice; catalogue platforms by the preset.
  const selected = platforms.filter(
    (platform) => platform.isCustom || isPresetPlatform(businessType, platform.key),
  );
  const further = platforms.filter((platform) => !selected.includes(platform));

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        {!canEdit && (
          <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
            {t('readOnly')}
          </p>
        )}

        <BusinessTypeCard
          businessType={businessType}
          action={canEdit ? applyBusinessTypeAction.bind(null, slug) : null}
        />

        <Card title={t('freshnessTitle')}>
          <p className="mb-4 text-sm text-slate-600">{t('freshnessHelp', { days: freshnessDays })}</p>
          {canEdit && (
            <FreshnessForm action={setFreshnessDaysAction.bind(null, slug)} freshnessDays={freshnessDays} />
          )}
        </Card>

        <p className="text-sm text-slate-600" role="status">
          {t('enabledCount', { enabled: enabledCount, total: platforms.length })}
        </p>

        {further.length > 0 && businessType && (
          <h2 className="text-lg font-semibold text-slate-900">{tType('settings.selectedTitle')}</h2>
        )}
        <PlatformGroups platforms={selected} reasonType={businessType} actions={actions} />

        {further.length > 0 && businessType && (
          <FurtherPlatforms further={further} businessType={businessType} actions={actions} />
        )}

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
