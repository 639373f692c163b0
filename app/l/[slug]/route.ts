import type { NextRequest } from 'next/server';
import { locatorPageResponse } from '@/lib/publishing/locator/serve-locator';

/** The public store locator of an organisation whose owner switched it on (lib/publishing/locator). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return locatorPageResponse({ url: request.nextUrl, headers: request.headers }, slug);
}
