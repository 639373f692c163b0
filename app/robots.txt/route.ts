import type { NextRequest } from 'next/server';
import { robotsResponse } from '@/lib/publishing/locator/serve-locator';

/** Crawlers may read the public locators (/l/) and nothing else. */
export function GET(request: NextRequest) {
  return robotsResponse({ url: request.nextUrl, headers: request.headers });
}
