import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { deleteOrganisationAction } from './_actions/delete-organisation';
import { DeleteOrganisationForm } from './_components/delete-organisation-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dataRights'))('title') };
}

/** "Daten & Löschung": the owner's export of everything and the organisation's deletion. */
export default async function DataRightsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const t = await getTranslations('dataRights');
  if (!hasRole(member, 'OWNER')) {
    return (
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        <Card>
          <p className="text-slate-700">{t('ownersOnly')}</p>
        </Card>
      </>
    );
  }
  const { name } = member.organisation;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Card title={t('export.title')}>
          <div className="max-w-prose space-y-3 text-sm text-slate-700">
            <p>{t('export.intro')}</p>
            <p>{t('export.contents')}</p>
            <p className="text-slate-600">{t('export.largeHint')}</p>
          </div>
          {/* A plain link: the route handler answers with a file, nothing to prefetch or render. */}
          <a href={`/o/${slug}/settings/data/export`} download className={buttonClasses('primary', 'mt-4')}>
            {t('export.download')}
          </a>
        </Card>

        <Card title={t('organisation.dangerTitle')} className="border-red-200">
          <p className="mb-4 max-w-prose text-sm text-slate-700">{t('organisation.dangerIntro', { name })}</p>
          <DeleteOrganisationForm
            action={deleteOrganisationAction.bind(null, slug)}
            organisationName={name}
          />
        </Card>
      </div>
    </>
  );
}
