import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { readMailPreferences } from '@/lib/mail-preferences/mail-preferences';
import { requireMember } from '@/lib/organisations/member-context';
import { updateMailPreferencesAction } from './_actions/update-mail-preferences';
import { MailPreferencesForm } from './_components/mail-preferences-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('digest.preferences'))('title') };
}

/** Which scheduled mails the member gets from this organisation (the digest mail links here). */
export default async function MailPreferencesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const [preferences, t] = await Promise.all([
    readMailPreferences(member),
    getTranslations('digest.preferences'),
  ]);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { organisation: member.organisation.name })} />
      <Card className="max-w-2xl">
        <MailPreferencesForm
          action={updateMailPreferencesAction.bind(null, slug)}
          preferences={preferences}
        />
      </Card>
    </>
  );
}
