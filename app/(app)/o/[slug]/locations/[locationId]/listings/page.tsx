import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ScoreSummary } from '@/components/listings/score-summary';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole } from '@/lib/access/member-context';
import { getLocationChecklist } from '@/lib/listings/checklist';
import { actionsToDoOf } from '@/lib/listings/checklist-groups';
import { listLocationHistory } from '@/lib/listings/history';
import { getFreshnessDays } from '@/lib/listings/platforms';
import { locationScores } from '@/lib/listings/score';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { observationsOfLocations } from '@/lib/verification/observations';
import { verificationPageState } from '@/lib/verification/run-progress';
import { acceptSuggestedStatusAction } from './_actions/accept-suggested-status';
import { startLocationVerificationAction } from './_actions/start-location-verification';
import { updateListingAction } from './_actions/update-listing';
import { ActionsToDo } from './_components/actions-to-do';
import { ChecklistGroupsList } from './_components/checklist-groups-list';
import { VerificationCard } from './_components/verification-card';
import { WebsitePanel } from './_components/website-panel';

type Props = { params: Promise<{ slug: string; locationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('listings.checklist'))('tab') };
}

/**
 * One location's checklist: the score across the top, what is still to do, the automatic check
 * ("Jetzt prüfen") and what the location's website states, then one compact row per platform
 * grouped by kind; a row opens in place with the latest observation, the comparison and the form.
 */
export default async function LocationListingsPage({ params }: Props) {
  const { slug, locationId } = await params;
  const member = await requireMember(slug);
  const { location, entries } = await findOrNotFound(getLocationChecklist(member, locationId));
  const canEdit = hasRole(member, 'MANAGER') || location.assignedMembershipId === member.membershipId;
  const [scores, history, freshnessDays, observedByLocation, verification] = await Promise.all([
    locationScores(member, [location.id]),
    listLocationHistory(member, location.id),
    getFreshnessDays(member),
    observationsOfLocations(member, [location.id]),
    // "Jetzt prüfen" is for those who may edit the checklist.
    canEdit ? verificationPageState(member, { locationId: location.id }) : null,
  ]);
  const t = await getTranslations('listings');
  const parts = scores.get(location.id) ?? { score: 0, coverage: 0, correctness: 0, freshness: 0 };
  const observations = observedByLocation.get(location.id) ?? [];
  const website = observations.find((observation) => observation.source === 'WEBSITE');
  const byPlatform = new Map(
    observations.flatMap((entry) => (entry.platformKey ? [[entry.platformKey, entry]] : [])),
  );

  return (
    <>
      <p className="mb-3">
        <Link
          href={`/o/${slug}/locations/${location.id}`}
          className="text-brand-700 text-sm font-medium hover:underline"
        >
          ← {location.name}
        </Link>
      </p>
      <PageHeader title={t('checklist.title', { name: location.name })} intro={t('checklist.intro')} />
      <div className="space-y-6">
        <ScoreSummary parts={parts} freshnessDays={freshnessDays} layout="band" />
        <ActionsToDo counts={actionsToDoOf(entries)} />
        {verification && (
          <VerificationCard
            slug={slug}
            sources={verification.sources}
            isOwner={hasRole(member, 'OWNER')}
            startAction={startLocationVerificationAction.bind(null, slug, location.id)}
            unfinished={verification.unfinished}
          />
        )}
        {website && <WebsitePanel observation={website} location={location} />}
        <ChecklistGroupsList
          location={location}
          entries={entries}
          history={history}
          observations={byPlatform}
          actions={
            canEdit
              ? {
                  update: updateListingAction.bind(null, slug),
                  acceptSuggestion: acceptSuggestedStatusAction.bind(null, slug, location.id),
                }
              : null
          }
        />
      </div>
    </>
  );
}
