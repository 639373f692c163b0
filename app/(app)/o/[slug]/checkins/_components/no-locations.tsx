import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** The organisation has no location yet: managers may add one, staff learn that a manager adds them. */
export async function NoLocations({ slug, isManager }: { slug: string; isManager: boolean }) {
  const t = await getTranslations('checkins');
  return (
    <EmptyState
      title={t('list.noLocationsTitle')}
      text={isManager ? t('list.noLocationsText') : t('list.noLocationsStaffText')}
      action={
        isManager ? (
          <ButtonLink href={`/o/${slug}/locations/new`}>{t('list.addLocation')}</ButtonLink>
        ) : undefined
      }
    />
  );
}
