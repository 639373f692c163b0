import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** No location yet, so no checklist: managers may add or import some. */
export async function NoLocations({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const t = await getTranslations('listings');
  return (
    <EmptyState
      title={t('matrix.noLocationsTitle')}
      text={t('matrix.noLocationsText')}
      action={
        canEdit ? (
          <div className="flex flex-wrap justify-center gap-2">
            <ButtonLink href={`/o/${slug}/locations/new`}>{t('matrix.addLocation')}</ButtonLink>
            <ButtonLink href={`/o/${slug}/locations/import`} variant="secondary">
              {t('matrix.importLocations')}
            </ButtonLink>
          </div>
        ) : undefined
      }
    />
  );
}
