import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listLocations } from '@/lib/locations/locations';
import { locationListQuerySchema } from '@/lib/locations/schemas';
import { requireMember } from '@/lib/organisations/member-context';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locations'))('title') };
}

export default async function LocationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMember((await params).slug);
  const { items: locations } = await listLocations(member, locationListQuerySchema.parse({}));
  const t = await getTranslations('locations');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {locations.length === 0 ? (
        <EmptyState title={t('emptyTitle')} text={t('emptyText')} />
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t('name')}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t('storeCode')}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t('address')}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t('phone')}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t('status')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {locations.map((location) => (
                <tr key={location.id}>
                  <td className="px-4 py-3 font-medium text-slate-900">{location.name}</td>
                  <td className="px-4 py-3 font-mono text-slate-700">{location.storeCode}</td>
                  <td className="px-4 py-3 text-slate-700">
                    {location.street}, {location.postalCode} {location.city}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-700">{location.phone}</td>
                  <td className="px-4 py-3 text-slate-700">{t(`status${location.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
