import type { NextRequest } from 'next/server';
import { sitemapIndexResponse } from '@/lib/publishing/locator/serve-locator';

/** The index of every public locator's sitemap. */
export async function GET(request: NextRequest) {
  return sitemapIndexResponse({ url: request.nextUrl, headers: request.headers });
}
