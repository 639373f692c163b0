import 'server-only';
import { assertNotGroupLimited } from '@/lib/access/group-filter';
import { cache } from 'react';
import { z } from 'zod';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import {
  benchmarkMetrics,
  figureKeyOf,
  type BenchmarkMetricValue,
  type BenchmarkSetCreateInput,
} from './schemas';

// Benchmark sets: the built-in survey (organisation_id NULL, kept by migrations) and the sets an
// organisation added itself. Every organisation sees the built-in ones and its own; another
// organisation's set is "not found". Figures never travel without their set's source, year and n.

/** The survey of 500 SMEs at Hochschule Bremerhaven, the default for every comparison. */
export const builtInBenchmarkSetKey = 'hs-bremerhaven-2012';

export type LocalisedText = { de: string; en: string };

export type BenchmarkFigureView = {
  id: string;
  metric: BenchmarkMetricValue;
  key: string;
  label: LocalisedText;
  /** How to read the figure honestly, when the source's wording needs it. */
  note: LocalisedText | null;
  sharePercent: number;
  /** DAILY_TIME bands: minutes per working day, min inclusive, max exclusive; both null = not broken down. */
  minMinutes: number | null;
  maxMinutes: number | null;
  /** POST_FREQUENCY classes: this many posts a week on average or more. */
  minPostsPerWeek: number | null;
  /** PLATFORM_USAGE: the catalogue platform (platforms.key) it stands for, if there is one. */
  platformKey: string | null;
};

export type BenchmarkSetView = {
  id: string;
  /** Stable key of a built-in set, null for an organisation's own. */
  key: string | null;
  builtIn: boolean;
  name: string;
  source: string;
  sourceUrl: string | null;
  year: number;
  sampleSize: number;
  notes: string | null;
  figures: BenchmarkFigureView[];
};

const managerRole = 'MANAGER' as const;

type FigureRow = {
  id: string;
  metric: BenchmarkMetricValue;
  key: string;
  labelDe: string;
  labelEn: string;
  noteDe: string | null;
  noteEn: string | null;
  sharePercent: number;
  minMinutes: number | null;
  maxMinutes: number | null;
  minPostsPerWeek: number | null;
  platformKey: string | null;
};
type SetRow = Omit<BenchmarkSetView, 'builtIn' | 'figures'> & {
  organisationId: string | null;
  figures: FigureRow[];
};

function toFigureView(figure: FigureRow): BenchmarkFigureView {
  return {
    id: figure.id,
    metric: figure.metric,
    key: figure.key,
    label: { de: figure.labelDe, en: figure.labelEn },
    note:
      figure.noteDe || figure.noteEn
        ? { de: figure.noteDe ?? figure.noteEn!, en: figure.noteEn ?? figure.noteDe! }
        : null,
    sharePercent: figure.sharePercent,
    minMinutes: figure.minMinutes,
    maxMinutes: figure.maxMinutes,
    minPostsPerWeek: figure.minPostsPerWeek,
    platformKey: figure.platformKey,
  };
}

function toSetView({ organisationId, figures, ...set }: SetRow): BenchmarkSetView {
  return { ...set, builtIn: organisationId === null, figures: figures.map(toFigureView) };
}

/**
 * The sets an organisation sees (the built-in ones first, then its own, newest survey first) with
 * their figures, in one statement, read once per request: the comparison, the page's set picker
 * and the dashboard all ask for them.
 */
const visibleSets = cache(async (organisationId: string): Promise<BenchmarkSetView[]> => {
  const rows = await db.$queryRaw<SetRow[]>`
    SELECT s.id, s.key, s.organisation_id AS "organisationId", s.name, s.source, s.source_url AS "sourceUrl",
           s.year, s.sample_size AS "sampleSize", s.notes,
           coalesce((
             SELECT json_agg(json_build_object(
                      'id', f.id, 'metric', f.metric, 'key', f.key, 'labelDe', f.label_de, 'labelEn', f.label_en,
                      'noteDe', f.note_de, 'noteEn', f.note_en, 'sharePercent', f.share_percent::float8,
                      'minMinutes', f.min_minutes, 'maxMinutes', f.max_minutes,
                      'minPostsPerWeek', f.min_posts_per_week::float8, 'platformKey', f.platform_key)
                    ORDER BY f.metric, f.sort_order, f.key)
             FROM benchmark_figures f WHERE f.set_id = s.id), '[]') AS figures
    FROM benchmark_sets s
    WHERE s.organisation_id IS NULL OR s.organisation_id = ${organisationId}::uuid
    ORDER BY s.organisation_id NULLS FIRST, s.year DESC, s.name, s.id`;
  return rows.map(toSetView);
});

/** The built-in sets first, then the organisation's own, newest survey first. */
export async function listBenchmarkSets(member: MemberContext): Promise<BenchmarkSetView[]> {
  return visibleSets(member.organisation.id);
}

/** A built-in set or one of the organisation's own; anything else is NOT_FOUND. */
export async function getBenchmarkSet(member: MemberContext, setId: string): Promise<BenchmarkSetView> {
  const set = (await visibleSets(member.organisation.id)).find((candidate) => candidate.id === setId);
  if (!set) throw new AppError('NOT_FOUND');
  return set;
}

/** The survey every comparison uses unless another set is chosen. */
export async function getDefaultBenchmarkSet(member: MemberContext): Promise<BenchmarkSetView> {
  const set = (await visibleSets(member.organisation.id)).find(
    (candidate) => candidate.key === builtInBenchmarkSetKey,
  );
  if (!set)
    throw new Error(`The built-in benchmark set ${builtInBenchmarkSetKey} is missing; run the migrations.`);
  return set;
}

/** Managers and owners add a set of their own (e.g. a newer survey), with all its figures at once. */
export async function createBenchmarkSet(member: MemberContext, input: BenchmarkSetCreateInput) {
  assertRole(member, managerRole);
  assertNotGroupLimited(member);
  const figures = benchmarkMetrics.flatMap((metric) =>
    input.figures
      .filter((figure) => figure.metric === metric)
      .map((figure, index) => ({
        metric,
        key: figureKeyOf(figure),
        labelDe: figure.label,
        labelEn: figure.label,
        sharePercent: figure.sharePercent,
        minMinutes: figure.minMinutes ?? null,
        maxMinutes: figure.maxMinutes ?? null,
        minPostsPerWeek: figure.minPostsPerWeek ?? null,
        platformKey: figure.platformKey ?? null,
        sortOrder: (index + 1) * 10,
      })),
  );
  // One statement: the set and its figures are written together or not at all.
  const created = await db.benchmarkSet.create({
    data: {
      organisationId: member.organisation.id,
      name: input.name,
      source: input.source,
      sourceUrl: input.sourceUrl ?? null,
      year: input.year,
      sampleSize: input.sampleSize,
      notes: input.notes ?? null,
      figures: { create: figures },
    },
    select: { id: true },
  });
  return created;
}

/** Deletes one of the organisation's own sets; built-in and foreign sets are NOT_FOUND. */
export async function deleteBenchmarkSet(member: MemberContext, setId: string) {
  assertRole(member, managerRole);
  assertNotGroupLimited(member);
  if (!z.uuid().safeParse(setId).success) throw new AppError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    const set = await tx.benchmarkSet.findFirst({
      where: { id: setId, organisationId: member.organisation.id },
      select: { name: true },
    });
    if (!set) throw new AppError('NOT_FOUND');
    const { count } = await tx.benchmarkSet.deleteMany({
      where: { id: setId, organisationId: member.organisation.id },
    });
    if (count === 0) throw new AppError('NOT_FOUND');
    const target = { type: 'benchmark_set', id: setId };
    await recordMemberEvent(member, { action: 'benchmark_set.deleted', target, details: set }, tx);
  });
}
