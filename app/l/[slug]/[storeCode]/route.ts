import type { NextRequest } from 'next/server';
import { locationPageResponse } from '@/lib/publishing/locator/serve-locator';

/** One published location's public page. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ slug: string; storeCode: string }> },
) {
  const { slug, storeCode } = await params;
  return locationPageResponse({ url: request.nextUrl, headers: request.headers }, slug, storeCode);
}
