import { describe, expect, it } from 'vitest';
import { orderedUuid } from './ordered-id';

describe('orderedUuid', () => {
  it('makes version 7 UUIDs that ascend, also within one millisecond', () => {
    const ids = Array.from({ length: 5_000 }, () => orderedUuid(1_765_000_000_000));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps ascending when the clock steps back', () => {
    const later = orderedUuid(1_765_000_100_000);
    const earlierClock = orderedUuid(1_765_000_000_000);
    expect(earlierClock > later).toBe(true);
  });
});
