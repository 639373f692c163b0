import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buttonClasses, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole } from '@/lib/access/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { requireMember } from '@/lib/organisations/member-context';
import { LocationImportFlow } from './_components/location-import-flow';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locationImport'))('title') };
}

export default async function LocationImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const t = await getTranslations('locationImport');
  const exportPath = `/o/${member.organisation.slug}/locations/export`;
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <ButtonLink href={`/o/${member.organisation.slug}/locations`} variant="secondary">
            {t('backToLocations')}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <Card>
          {hasRole(member, 'MANAGER') && !isGroupLimited(member) ? (
            <LocationImportFlow slug={member.organisation.slug} />
          ) : (
            <p className="text-sm text-slate-700">
              {isGroupLimited(member) ? t('forbiddenGroupLimited') : t('forbidden')}
            </p>
          )}
        </Card>
        <Card title={t('helpTitle')}>
          <div className="max-w-prose space-y-2 text-sm text-slate-700">
            <p>{t('helpColumns')}</p>
            <p>{t('helpHours')}</p>
            <p>{t('helpSpecialHours')}</p>
            <p>{t('helpNumbers')}</p>
          </div>
        </Card>
        <Card title={t('exportTitle')}>
          <p className="mb-4 max-w-prose text-sm text-slate-600">{t('exportIntro')}</p>
          <div className="flex flex-wrap gap-2">
            {/* Plain links: downloads, not client-side navigations. */}
            <a href={exportPath} download className={buttonClasses('secondary')}>
              {t('exportButton')}
            </a>
            <a href={`${exportPath}?template=1`} download className={buttonClasses('ghost')}>
              {t('templateButton')}
            </a>
          </div>
        </Card>
      </div>
    </>
  );
}
