import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/locations/status-badge';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import type { LocationDetail } from '@/lib/locations/locations';
import { currentIsoWeek, formatIsoWeek } from '@/lib/weeks/iso-week';
import { setLocationArchivedAction } from '../../_actions/set-location-archived';

type Props = {
  slug: string;
  location: LocationDetail;
  /** The locations list: /o/<slug>/locations. */
  base: string;
  canEdit: boolean;
  /** Archiving is for owners and managers not limited to location groups. */
  canArchive: boolean;
  /** The location is assigned to the viewer. */
  isAssignee: boolean;
  timeZone: string;
};

/** Name, store code and status, with the way to the checklist, this week's check-in, editing and archiving. */
export async function LocationHeader({
  slug,
  location,
  base,
  canEdit,
  canArchive,
  isAssignee,
  timeZone,
}: Props) {
  const t = await getTranslations('locations');
  const tListings = await getTranslations('listings.checklist');
  const tCheckins = await getTranslations('checkins.form');
  return (
    <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{location.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
          <span className="font-mono">{location.storeCode}</span>
          <StatusBadge status={location.status} />
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`${base}/${location.id}/listings`} variant={canEdit ? 'secondary' : 'primary'}>
          {tListings('tab')}
        </ButtonLink>
        {(canEdit || isAssignee) && (
          <ButtonLink
            href={`${base}/${location.id}/checkins/${formatIsoWeek(currentIsoWeek(timeZone))}`}
            variant="secondary"
          >
            {tCheckins('thisWeek')}
          </ButtonLink>
        )}
        {canEdit && <ButtonLink href={`${base}/${location.id}/edit`}>{t('detail.edit')}</ButtonLink>}
        {canArchive && (
          <ActionForm
            action={setLocationArchivedAction.bind(null, slug)}
            confirmMessage={
              location.archivedAt ? undefined : t('detail.archiveConfirm', { name: location.name })
            }
            quietOnSuccess
          >
            <input type="hidden" name="locationId" value={location.id} />
            <input type="hidden" name="archived" value={location.archivedAt ? 'false' : 'true'} />
            <SubmitButton variant="secondary">
              {location.archivedAt ? t('detail.restore') : t('detail.archive')}
            </SubmitButton>
          </ActionForm>
        )}
      </div>
    </header>
  );
}
