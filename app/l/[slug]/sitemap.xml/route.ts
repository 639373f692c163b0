import type { NextRequest } from 'next/server';
import { locatorSitemapResponse } from '@/lib/publishing/locator/serve-locator';

/** The sitemap of one organisation's public locator. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return locatorSitemapResponse({ url: request.nextUrl, headers: request.headers }, slug);
}
