// The soak's results as Markdown (soak/results/latest.md): a verdict per phase, then the figures
// behind it. latest.json holds the same results in full.
import type { machineInfo } from '../bench/machine';
import type { Consistency } from './consistency';
import type { InstancesPhaseResult } from './instances-phase';
import type { LoadPhaseResult } from './load-phase';
import { outageAnswerLimitMs, recoveryLimitMs, type OutagePhaseResult } from './outage-phase';
import type { LoadFigures } from './stats';

export type SoakResults = {
  machine: ReturnType<typeof machineInfo>;
  mode: 'full' | 'quick';
  command: string;
  durationSeconds: number;
  /** 1-minute load average at the start and the end: other work on the machine skews latencies. */
  loadAverage: { start: number; end: number };
  setup: Record<string, unknown>;
  phases: { load?: LoadPhaseResult; outage?: OutagePhaseResult; instances?: InstancesPhaseResult };
  /** Phases that could not run to the end, with the error. */
  failures: Record<string, string>;
  pass: boolean;
};

const verdict = (pass: boolean | undefined) => (pass === undefined ? '—' : pass ? '✅ pass' : '❌ fail');
const statuses = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ') || 'none';

function kindTable(figures: LoadFigures) {
  const lines = [
    '| Request | Count | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [kind, row] of Object.entries(figures.perKind))
    lines.push(`| ${kind} | ${row.requests} | ${row.p50Ms} | ${row.p95Ms} | ${row.p99Ms} | ${row.maxMs} |`);
  return lines.join('\n');
}

function consistencyLines(consistency: Consistency) {
  const { timeEntries, cells } = consistency;
  return [
    `- Time entries: ${timeEntries.acknowledged} acknowledged; lost ${timeEntries.lost.length}, doubled ${timeEntries.doubled.length}, stored although refused ${timeEntries.rejectedButStored.length}, stored but never sent ${timeEntries.neverSent.length}.`,
    `- Unknown outcome (5xx or no answer): ${timeEntries.unknown.total} time entries, of which ${timeEntries.unknown.stored} stored once and ${timeEntries.unknown.absent} absent.`,
    `- Check-in and checklist cells: ${cells.checked} checked, ${cells.wrong.length} holding a value other than the last acknowledged one (or a later unknown one); ${cells.settledByUnknownWrite} hold a later write of unknown outcome.`,
    ...cells.wrong
      .slice(0, 5)
      .map((wrong) => `  - ${wrong.cell}: ${wrong.stored} (expected ${wrong.expected.join(' or ')})`),
  ];
}

function loadSection(load: LoadPhaseResult) {
  const { figures } = load;
  return [
    `## Phase 1 — load: ${verdict(load.pass)}`,
    '',
    `${load.clients} signed-in clients for ${load.seconds} s after a ${load.warmUp.seconds} s warm-up (${load.warmUp.requests} requests; ${statuses(load.warmUp.statuses)}): ${figures.requests} requests, ${figures.requestsPerSecond} requests/s. Statuses: ${statuses(figures.statuses)}. 5xx: ${figures.serverErrors}, no answer: ${figures.networkErrors}, non-2xx in all (warm-up included): ${load.non2xx}. Writes: ${figures.writes.acknowledged} acknowledged, ${figures.writes.rejected} refused, ${figures.writes.unknown} unknown.`,
    '',
    kindTable(figures),
    '',
    ...consistencyLines(load.consistency),
  ];
}

function outageSection(outage: OutagePhaseResult) {
  const { timeline, whileDown, recovery } = outage;
  return [
    `## Phase 2 — PostgreSQL stopped and restarted under load: ${verdict(outage.pass)}`,
    '',
    `${outage.clients} clients for ${outage.seconds} s. Stop asked at ${timeline.stopRequested} s, server gone at ${timeline.stopped} s, start asked at ${timeline.startRequested} s, accepting connections at ${timeline.accepting} s.`,
    '',
    `- While down (sent after the stop, answered before the restart): ${whileDown.requests} requests — ${statuses(whileDown.statuses)}; slowest answer ${whileDown.slowestMs} ms (limit ${outageAnswerLimitMs} ms).`,
    `- Already running when the database went away (reported, not held to the 503): ${statuses(outage.inFlightAtStop.statuses)}; other than 2xx/503: ${statuses(outage.inFlightAtStop.others)}.`,
    `- Recovery: first 2xx ${recovery.firstSuccessSeconds ?? '—'} s after PostgreSQL accepted connections; every client succeeding again after ${recovery.allClientsSeconds ?? '—'} s (${recovery.clientsRecovered}/${outage.clients} clients; limit ${recoveryLimitMs / 1000} s); ${recovery.failuresAfterRecovery} failures after that.`,
    `- Unexpected answers in the rest of the phase (not 2xx, 503, or a checklist item's 409): ${statuses(outage.unexpected)}.`,
    `- Whole phase: ${outage.figures.requests} requests, statuses ${statuses(outage.figures.statuses)}; writes ${outage.figures.writes.acknowledged} acknowledged, ${outage.figures.writes.rejected} refused, ${outage.figures.writes.unknown} unknown.`,
    '',
    'Consistency over both phases:',
    '',
    ...consistencyLines(outage.consistency),
  ];
}

function instancesSection(instances: InstancesPhaseResult) {
  const { sessions, throttle, reminders } = instances;
  return [
    `## Phase 3 — two instances on one database: ${verdict(instances.pass)}`,
    '',
    '| Check | Result | Detail |',
    '| --- | --- | --- |',
    `| Session from A valid on B | ${verdict(sessions.sharedSession.pass)} | ${sessions.sharedSession.detail} |`,
    `| Sign-out on A ends it on A and B | ${verdict(sessions.signOutEndsEverywhere.pass)} | ${sessions.signOutEndsEverywhere.detail} |`,
    `| Failed sign-ins counted across A and B | ${verdict(throttle.pass)} | ${throttle.attempts.map((attempt, index) => `${index + 1}. ${attempt.instance} ${attempt.password} → ${attempt.signInPage}`).join('; ')} |`,
    `| Reminders: one mail job and one mail per notification | ${verdict(reminders.pass)} | ${reminders.runsCompleted}/${reminders.runsTriggered} triggered runs done, ${reminders.schedules} schedule; ${reminders.notifications} notifications for ${reminders.membersNotified}/${reminders.members} members; ${reminders.notificationsWithoutOneMailJob} without exactly one mail job; ${reminders.mails} mails, ${reminders.membersWithWrongMailCount} members with a wrong count; waited ${reminders.waitedSeconds} s |`,
  ];
}

export function renderMarkdown(results: SoakResults): string {
  const { machine, phases } = results;
  const lines = [
    `# Soak (npm run soak): ${verdict(results.pass)}`,
    '',
    `${results.mode} run of \`${results.command}\` on ${machine.date.slice(0, 10)}, commit ${machine.gitCommit?.slice(0, 9) ?? 'unknown'}${machine.gitDirty ? ' (with uncommitted changes)' : ''}; ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; ${results.durationSeconds} s in all; load average ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end.`,
    '',
    '| Phase | Result |',
    '| --- | --- |',
    `| 1. Load | ${verdict(phases.load?.pass)} |`,
    `| 2. Outage | ${verdict(phases.outage?.pass)} |`,
    `| 3. Two instances | ${verdict(phases.instances?.pass)} |`,
    '',
    ...Object.entries(results.failures).map(([phase, error]) => `- **${phase} did not finish:** ${error}`),
    ...(phases.load ? ['', ...loadSection(phases.load)] : []),
    ...(phases.outage ? ['', ...outageSection(phases.outage)] : []),
    ...(phases.instances ? ['', ...instancesSection(phases.instances)] : []),
  ];
  return `${lines.join('\n')}\n`;
}
