import { ComingSoon, comingSoonMetadata } from '@/components/layout/coming-soon';

export const generateMetadata = () => comingSoonMetadata('benchmarks');

export default function BenchmarksPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ComingSoon area="benchmarks" params={params} />;
}
