import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import {
  loadPublishingSettings,
  mayChangePublishingSettings,
} from '@/lib/publishing/settings/publishing-settings';
import { updatePublishingSettingsAction } from './_actions/update-publishing-settings';
import { PublicAddresses } from './_components/public-addresses';
import { PublishingSettingsForm } from './_components/publishing-settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('publishingSettings'))('title') };
}

/**
 * The public store locator: owners switch it on, choose what it shows and which websites may
 * embed it; managers see the same read-only (staff get a 404). While it is on, its addresses and
 * the code to embed it, each with a copy button.
 */
export default async function PublishingSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  const settings = await loadPublishingSettings(member);
  const t = await getTranslations('publishingSettings');
  const canEdit = mayChangePublishingSettings(member);
  const appUrl = await absoluteUrl('/');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        {!canEdit && (
          <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
            {t('readOnly')}
          </p>
        )}
        <Card>
          <PublishingSettingsForm
            action={canEdit ? updatePublishingSettingsAction.bind(null, slug) : null}
            settings={settings}
          />
        </Card>
        <Card title={t('addressesTitle')}>
          {settings.publicLocator ? (
            <PublicAddresses appUrl={appUrl} slug={slug} organisationName={member.organisation.name} />
          ) : (
            <p className="text-sm text-slate-700">{t('offNote')}</p>
          )}
        </Card>
      </div>
    </>
  );
}
