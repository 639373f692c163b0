import { getTranslations } from 'next-intl/server';

/** "OpenStreetMap nennt nicht: PLZ, Ort": fields the master data has and the source does not state. */
export async function MissingFields({
  fields,
  sourceName,
}: {
  fields: string[] | undefined;
  sourceName: string;
}) {
  if (!fields || fields.length === 0) return null;
  const t = await getTranslations('verification');
  return (
    <p className="text-slate-700">
      {t('observation.missing', {
        source: sourceName,
        fields: fields.map((field) => t(`fields.${field}` as 'fields.name')).join(', '),
      })}
    </p>
  );
}
