import type { NextRequest } from 'next/server';
import { publicLocatorJsonResponse } from '@/lib/api/public-locator/public-locator-response';

/** The public locator's data: published fields of published locations, no sign-in (OpenAPI: publicLocator). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return publicLocatorJsonResponse({ url: request.nextUrl, headers: request.headers }, slug);
}
