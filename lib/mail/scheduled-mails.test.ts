import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam } from '@/tests/support/factories';
import { sendOnce } from './scheduled-mails';

// Each scheduled mail once per member, kind and period, whoever runs the job; a failure gives the
// claim back.

const deliveryOf = (membershipId: string, period: string) =>
  db.scheduledMailDelivery.findUnique({
    where: { membershipId_kind_period: { membershipId, kind: 'WEEKLY_DIGEST', period } },
  });

describe('sendOnce', () => {
  it('sends once when two runs race for the same mail, and marks it sent', async () => {
    const { staff } = await createTeam();
    const recipient = { membershipId: staff.membershipId, period: '2026-11-30' };
    let sends = 0;
    const send = async () => {
      sends += 1;
      return { delivered: true };
    };
    const outcomes = await Promise.all([
      sendOnce(recipient, 'WEEKLY_DIGEST', send),
      sendOnce(recipient, 'WEEKLY_DIGEST', send),
    ]);
    expect(outcomes.sort()).toEqual(['sent', 'taken']);
    expect(sends).toBe(1);
    expect((await deliveryOf(staff.membershipId, '2026-11-30'))?.sentAt).toBeInstanceOf(Date);
    // Another period and another kind are mails of their own.
    expect(await sendOnce({ ...recipient, period: '2026-12-07' }, 'WEEKLY_DIGEST', send)).toBe('sent');
    expect(await sendOnce({ ...recipient, period: '2026-11' }, 'MONTHLY_REPORT', send)).toBe('sent');
  });

  it('gives the claim back when sending fails, so the next run sends', async () => {
    const { staff } = await createTeam();
    const recipient = { membershipId: staff.membershipId, period: '2026-11-30' };
    await expect(
      sendOnce(recipient, 'WEEKLY_DIGEST', async () => {
        throw new Error('SMTP said 451');
      }),
    ).rejects.toThrow('SMTP said 451');
    expect(await deliveryOf(staff.membershipId, '2026-11-30')).toBeNull();
    expect(await sendOnce(recipient, 'WEEKLY_DIGEST', async () => ({ delivered: true }))).toBe('sent');
  });

  it('keeps the claim without a sent time when no mail server is configured', async () => {
    const { staff } = await createTeam();
    const recipient = { membershipId: staff.membershipId, period: '2026-11-30' };
    expect(await sendOnce(recipient, 'WEEKLY_DIGEST', async () => ({ delivered: false }))).toBe('sent');
    const delivery = await deliveryOf(staff.membershipId, '2026-11-30');
    expect(delivery).not.toBeNull();
    expect(delivery?.sentAt).toBeNull();
  });
});
