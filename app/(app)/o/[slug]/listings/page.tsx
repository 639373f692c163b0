import { ComingSoon, comingSoonMetadata } from '@/components/layout/coming-soon';

export const generateMetadata = () => comingSoonMetadata('listings');

export default function ListingsPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ComingSoon area="listings" params={params} />;
}
