import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { VerificationRunner } from '@/components/verification/verification-runner';
import { hasRole, type SessionMemberContext } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { verificationPageState } from '@/lib/verification/run-progress';
import { getVerificationSettings } from '@/lib/verification/verification-settings';
import { startOrganisationVerificationAction } from './_actions/start-organisation-verification';
import { updateVerificationSettingsAction } from './_actions/update-verification-settings';
import { VerificationSettingsForm } from './_components/verification-settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verification.settings'))('title') };
}

/**
 * Which sources the organisation's locations are checked with and how often: owners edit, everyone
 * else sees it read-only. Managers and owners also start a run over every location here.
 */
export default async function VerificationSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const settings = await getVerificationSettings(member);
  const t = await getTranslations('verification.settings');
  const canEdit = hasRole(member, 'OWNER');
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
          <VerificationSettingsForm
            action={canEdit ? updateVerificationSettingsAction.bind(null, slug) : null}
            settings={settings}
          />
        </Card>
        {hasRole(member, 'MANAGER') && <RunAllCard member={member} />}
      </div>
    </>
  );
}

/** "Jetzt alle Standorte prüfen" with the progress of an organisation-wide run still under way. */
async function RunAllCard({ member }: { member: SessionMemberContext }) {
  const t = await getTranslations('verification');
  const { sources: active, unfinished } = await verificationPageState(member, { locationId: null });
  const slug = member.organisation.slug;
  return (
    <Card title={t('settings.runAllTitle')}>
      <p className="mb-4 text-sm text-slate-600">{t('settings.runAllIntro')}</p>
      {active.length === 0 ? (
        <p className="text-sm font-medium text-slate-800">{t('settings.runAllNoSources')}</p>
      ) : (
        <VerificationRunner
          slug={slug}
          action={startOrganisationVerificationAction.bind(null, slug)}
          label={t('settings.runAll')}
          pendingLabel={t('run.starting')}
          unfinished={unfinished}
        />
      )}
    </Card>
  );
}
