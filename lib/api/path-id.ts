import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** An id from the URL path: something that is no uuid cannot name anything, so it is a 404. */
export function idFromPath(value: string): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new AppError('NOT_FOUND');
  return parsed.data;
}
