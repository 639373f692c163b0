import { randomBytes } from 'node:crypto';

// UUIDs of version 7 (RFC 9562) that ascend in the order this process makes them, also within
// one millisecond (rand_a is a counter). Delivery rows and their pg-boss jobs carry them: jobs
// inserted in one transaction share their created_on, and pg-boss' key_strict_fifo then orders
// them by id, so an endpoint gets the events of one transaction in the order they happened.

let lastMs = 0;
let counter = 0;

export function orderedUuid(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // 4096 ids in one millisecond: borrow the next millisecond rather than repeat an order.
    lastMs += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
