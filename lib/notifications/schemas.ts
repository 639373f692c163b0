import { z } from 'zod';

// Inputs of the notifications page's forms. Messages are full keys under "notifications.errors".
export const notificationIdSchema = z.object({
  notificationId: z.uuid({ error: 'notifications.errors.notificationInvalid' }),
});
