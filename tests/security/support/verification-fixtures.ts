// What the entry points of the listings verification need: sources switched on (none are by
// default, and a run without one is refused), the queues the send-only job sender puts jobs into
// (entry-points.test.ts runs with JOBS=off, so no source is ever asked), and a run to read.
import { db } from '@/lib/db/prisma';
import { readyJobSender } from '@/lib/jobs/test-support';
import type { World } from './world';

/**
 * Website and OpenStreetMap switched on in both organisations: the victim's, so the legitimate
 * call starts a run, and the attacker's, so its own organisation-wide run succeeds as it should.
 */
export async function sourcesSwitchedOn(world: World, locationId: string) {
  await readyJobSender();
  await db.organisation.updateMany({
    where: { id: { in: [world.victim.organisation.id, world.attacker.organisation.id] } },
    data: { verificationSources: ['WEBSITE', 'OPENSTREETMAP'] },
  });
  return { locationId };
}

/** A run of the victim's location with one queued task, as "Jetzt prüfen" leaves it. */
export async function verificationRun(world: World, locationId: string) {
  const organisationId = world.victim.organisation.id;
  const run = await db.verificationRun.create({
    data: { organisationId, locationId, trigger: 'MANUAL', sources: ['OPENSTREETMAP'] },
  });
  await db.verificationTask.create({
    data: { runId: run.id, organisationId, locationId, source: 'OPENSTREETMAP' },
  });
  return { locationId, runId: run.id };
}
