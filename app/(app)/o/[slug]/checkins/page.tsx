import { ComingSoon, comingSoonMetadata } from '@/components/layout/coming-soon';

export const generateMetadata = () => comingSoonMetadata('checkins');

export default function CheckinsPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ComingSoon area="checkins" params={params} />;
}
