import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/format/duration';
import { checkInInputFromForm } from './form-data';
import { checkInSaveSchema } from './schemas';

describe('the check-in form post', () => {
  it('pairs the line fields in order, takes empty minutes as 0 and collects the ticks', () => {
    const [instagram, facebook, google] = [randomUUID(), randomUUID(), randomUUID()];
    const form = new FormData();
    form.set('version', '3');
    for (const [platformId, activity, minutes] of [
      [instagram, 'POSTING', '45'],
      [facebook, 'DIALOGUE', ''],
    ]) {
      form.append('platformId', platformId!);
      form.append('activity', activity!);
      form.append('minutes', minutes!);
    }
    form.set('postsPublished', '2');
    form.append('recheckedPlatformIds', google);
    form.set('notes', ' ');
    expect(checkInSaveSchema.parse(checkInInputFromForm(form))).toEqual({
      version: 3,
      minutes: [
        { platformId: instagram, activity: 'POSTING', minutes: 45 },
        { platformId: facebook, activity: 'DIALOGUE', minutes: 0 },
      ],
      postsPublished: 2,
      reviewsAnswered: 0,
      recheckedPlatformIds: [google],
      notes: null,
    });
  });

  it('reports a line without an activity on the minutes field', () => {
    const form = new FormData();
    form.set('version', '0');
    form.append('platformId', randomUUID());
    form.append('minutes', '10');
    const result = checkInSaveSchema.safeParse(checkInInputFromForm(form));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe('minutes');
  });
});

describe('durations', () => {
  it('reads as hours and minutes', () => {
    expect([0, 45, 60, 90, 169 * 60].map(formatDuration)).toEqual([
      '0 min',
      '45 min',
      '1 h',
      '1 h 30 min',
      '169 h',
    ]);
  });
});
