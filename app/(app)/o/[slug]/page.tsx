import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireMember } from '@/lib/organisations/member-context';
import { getOrganisationSummary } from '@/lib/organisations/organisation-summary';
import { ScoreSummary } from '@/components/listings/score-summary';
import { getFreshnessDays } from '@/lib/listings/platforms';
import { organisationScore } from '@/lib/listings/score';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMember((await params).slug);
  const [summary, presence, freshnessDays] = await Promise.all([
    getOrganisationSummary(member),
    organisationScore(member),
    getFreshnessDays(member),
  ]);
  const t = await getTranslations('dashboard');
  const tNav = await getTranslations('nav');
  const base = `/o/${member.organisation.slug}`;
  const steps = [
    { text: t('stepLocations'), href: `${base}/locations`, done: summary.locations > 0 },
    { text: t('stepInvite'), href: `${base}/settings/members`, done: summary.members > 1 },
    { text: t('stepListings'), href: `${base}/listings`, done: presence.coverage > 0 },
    { text: t('stepCheckins'), href: `${base}/checkins`, done: false },
  ];
  return (
    <>
      <PageHeader title={member.organisation.name} intro={t('welcome', { name: member.user.name })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <p className="text-3xl font-bold text-slate-900">{summary.locations}</p>
          <p className="text-slate-600">{t('locationsCount', { count: summary.locations })}</p>
          <ButtonLink href={`${base}/locations`} variant="secondary" className="mt-4">
            {tNav('locations')}
          </ButtonLink>
        </Card>
        <Card>
          <p className="text-3xl font-bold text-slate-900">{summary.members}</p>
          <p className="text-slate-600">{t('membersCount', { count: summary.members })}</p>
          <ButtonLink href={`${base}/settings/members`} variant="secondary" className="mt-4">
            {tNav('members')}
          </ButtonLink>
        </Card>
        {summary.locations > 0 && (
          <div className="sm:col-span-2">
            <ScoreSummary parts={presence} freshnessDays={freshnessDays} />
            <p className="mt-2 text-sm text-slate-600">
              {t('scoreExplained', { count: presence.locations })}{' '}
              <a href={`${base}/listings`} className="text-brand-700 font-semibold hover:underline">
                {tNav('listings')}
              </a>
            </p>
          </div>
        )}
        <Card title={t('nextStepsTitle')} className="sm:col-span-2">
          <ol className="space-y-2">
            {steps.map((step, index) => (
              <li key={step.href} className="flex items-start gap-3">
                <span
                  aria-hidden="true"
                  className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${step.done ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-100 text-slate-700'}`}
                >
                  {step.done ? '✓' : index + 1}
                </span>
                <a
                  href={step.href}
                  className={`hover:underline ${step.done ? 'text-slate-500 line-through' : 'text-slate-800'}`}
                >
                  {step.text}
                </a>
              </li>
            ))}
          </ol>
        </Card>
        <Card title={t('surveyTitle')} className="sm:col-span-2">
          <p className="text-slate-800">{t('surveyText')}</p>
          <p className="mt-2 text-sm text-slate-600">{t('surveySource')}</p>
        </Card>
      </div>
    </>
  );
}
