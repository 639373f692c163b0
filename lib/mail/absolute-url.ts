import 'server-only';
import { env } from '@/lib/env';

/** Links in mails point at the public address of the app (NEXTAUTH_URL). */
export function absoluteUrl(path: string) {
  return new URL(path, env().NEXTAUTH_URL).toString();
}
