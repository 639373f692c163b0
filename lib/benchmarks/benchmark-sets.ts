import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertRole, type MemberContext } from '@/lib/organisations/member-context';
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

const setSelect = {
  id: true,
  key: true,
  organisationId: true,
  name: true,
  source: true,
  sourceUrl: true,
  year: true,
  sampleSize: true,
  notes: true,
  figures: { orderBy: [{ metric: 'asc' }, { sortOrder: 'asc' }, { key: 'asc' }] },
} satisfies Prisma.BenchmarkSetSelect;
type SetRow = Prisma.BenchmarkSetGetPayload<{ select: typeof setSelect }>;

function toFigureView(figure: SetRow['figures'][number]): BenchmarkFigureView {
  return {
    id: figure.id,
    metric: figure.metric,
    key: figure.key,
    label: { de: figure.labelDe, en: figure.labelEn },
    note:
      figure.noteDe || figure.noteEn
        ? { de: figure.noteDe ?? figure.noteEn!, en: figure.noteEn ?? figure.noteDe! }
        : null,
    sharePercent: figure.sharePercent.toNumber(),
    minMinutes: figure.minMinutes,
    maxMinutes: figure.maxMinutes,
    minPostsPerWeek: figure.minPostsPerWeek?.toNumber() ?? null,
    platformKey: figure.platformKey,
  };
}

function toSetView(row: SetRow): BenchmarkSetView {
  return {
    id: row.id,
    key: row.key,
    builtIn: row.organisationId === null,
    name: row.name,
    source: row.source,
    sourceUrl: row.sourceUrl,
    year: row.year,
    sampleSize: row.sampleSize,
    notes: row.notes,
    figures: row.figures.map(toFigureView),
  };
}

const visibleTo = (member: MemberContext) =>
  ({
    OR: [{ organisationId: null }, { organisationId: member.organisation.id }],
  }) satisfies Prisma.BenchmarkSetWhereInput;

/** The built-in sets first, then the organisation's own, newest survey first. */
export async function listBenchmarkSets(member: MemberContext): Promise<BenchmarkSetView[]> {
  const rows = await db.benchmarkSet.findMany({
    where: visibleTo(member),
    select: setSelect,
    orderBy: [
      { organisationId: { sort: 'asc', nulls: 'first' } },
      { year: 'desc' },
      { name: 'asc' },
      { id: 'asc' },
    ],
  });
  return rows.map(toSetView);
}

/** A built-in set or one of the organisation's own; anything else is NOT_FOUND. */
export async function getBenchmarkSet(member: MemberContext, setId: string): Promise<BenchmarkSetView> {
  if (!z.uuid().safeParse(setId).success) throw new AppError('NOT_FOUND');
  const row = await db.benchmarkSet.findFirst({
    where: { id: setId, ...visibleTo(member) },
    select: setSelect,
  });
  if (!row) throw new AppError('NOT_FOUND');
  return toSetView(row);
}

/** The survey every comparison uses unless another set is chosen. */
export async function getDefaultBenchmarkSet(): Promise<BenchmarkSetView> {
  const row = await db.benchmarkSet.findUnique({ where: { key: builtInBenchmarkSetKey }, select: setSelect });
  if (!row)
    throw new Error(`The built-in benchmark set ${builtInBenchmarkSetKey} is missing; run the migrations.`);
  return toSetView(row);
}

/** Managers and owners add a set of their own (e.g. a newer survey), with all its figures at once. */
export async function createBenchmarkSet(member: MemberContext, input: BenchmarkSetCreateInput) {
  assertRole(member, managerRole);
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
  if (!z.uuid().safeParse(setId).success) throw new AppError('NOT_FOUND');
  const { count } = await db.benchmarkSet.deleteMany({
    where: { id: setId, organisationId: member.organisation.id },
  });
  if (count === 0) throw new AppError('NOT_FOUND');
}
