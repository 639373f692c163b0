// Finds the zod schemas that validate input, from the code, and says what their output promises:
// the object fields behind preprocess/transform wrappers, each field's documented bounds, and the
// properties every parsed value must have (storable text, finite numbers, no prototype tricks).
import { globSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isStorableText } from '@/lib/validation/storable-text';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** Where input schemas live: each area's schemas.ts, *-schemas.ts and *-form.ts, and the server-only policy schemas. */
export const schemaModulePatterns = [
  'lib/**/schemas.ts',
  'lib/**/*-schemas.ts',
  'lib/**/*-form.ts',
  'lib/auth/password-policy.ts',
];

export type FoundSchema = { name: string; module: string; exportName: string; schema: z.ZodType };

/** Every exported zod schema of the schema modules, named "lib/area/schemas.ts#exportName". */
export async function collectSchemas(): Promise<FoundSchema[]> {
  const files = [
    ...new Set(schemaModulePatterns.flatMap((pattern) => globSync(pattern, { cwd: projectRoot }))),
  ]
    .filter((file) => !file.includes('/generated/'))
    .sort();
  const found: FoundSchema[] = [];
  for (const file of files) {
    const exports = (await import(path.join(projectRoot, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType)
        found.push({ name: `${file}#${exportName}`, module: file, exportName, schema: value });
    }
  }
  return found;
}

type Def = {
  type: string;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema inside preprocess, transform, default and optional wrappers; null for non-objects. */
export function objectShapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape ?? null;
  if (def.type === 'pipe') {
    const side = defOf(def.out!).type === 'transform' ? def.in! : def.out!;
    return objectShapeOf(side);
  }
  if (def.innerType) return objectShapeOf(def.innerType);
  return null;
}

export type Bounds = { maxLength?: number; minimum?: number; maximum?: number };

/** The bounds the field's output documents (as in the OpenAPI document): length and range. */
export function boundsOf(field: z.ZodType): Bounds {
  let json: Record<string, unknown>;
  try {
    json = z.toJSONSchema(field, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  } catch {
    return {};
  }
  const variants = [json, ...((json.anyOf as Record<string, unknown>[] | undefined) ?? [])];
  const bounds: Bounds = {};
  for (const variant of variants) {
    if (typeof variant.maxLength === 'number') bounds.maxLength = variant.maxLength;
    if (typeof variant.minimum === 'number') bounds.minimum = variant.minimum;
    if (typeof variant.maximum === 'number') bounds.maximum = variant.maximum;
  }
  return bounds;
}

/** The longest text any input may keep (URLs of the NAP comparison, 2,048 characters). */
export const longestTextAnywhere = 2_048;

/** Length in characters (code points), as zod's bounds and PostgreSQL count it, not UTF-16 units. */
const characters = (text: string) => [...text].length;

export type OutputRules = {
  /** Text here is compared or hashed, never stored: only its length is bounded. */
  rawTextPath?: (path: string[]) => boolean;
};

/**
 * Problems in a parsed value: text that cannot be stored or is not trimmed, text longer than any
 * input allows, numbers that are not finite or not safe integers, values that are no JSON data,
 * and objects that are not plain (a parsed `__proto__` must never become a prototype).
 */
export function outputProblems(value: unknown, rules: OutputRules = {}, at: string[] = []): string[] {
  const where = at.join('.') || '(root)';
  if (typeof value === 'string') {
    const problems: string[] = [];
    if (characters(value) > longestTextAnywhere) problems.push(`${where}: ${characters(value)} characters`);
    if (!rules.rawTextPath?.(at)) {
      if (!isStorableText(value))
        problems.push(`${where}: unstorable text ${JSON.stringify(value.slice(0, 40))}`);
      if (value !== value.trim())
        problems.push(`${where}: untrimmed text ${JSON.stringify(value.slice(0, 40))}`);
    }
    return problems;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [`${where}: ${value}`];
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return [`${where}: unsafe integer ${value}`];
    return [];
  }
  if (value === null || value === undefined || typeof value === 'boolean') return [];
  if (typeof value !== 'object') return [`${where}: ${typeof value}`];
  if (Array.isArray(value))
    return value.flatMap((item, index) => outputProblems(item, rules, [...at, String(index)]));
  if (Object.getPrototypeOf(value) !== Object.prototype) return [`${where}: not a plain object`];
  return Object.entries(value).flatMap(([key, item]) => outputProblems(item, rules, [...at, key]));
}

/** A field's value against the bounds its schema documents. */
export function boundProblems(field: string, value: unknown, bounds: Bounds): string[] {
  if (typeof value === 'string' && bounds.maxLength !== undefined && characters(value) > bounds.maxLength)
    return [`${field}: ${characters(value)} > ${bounds.maxLength} characters`];
  if (typeof value === 'number') {
    if (bounds.minimum !== undefined && value < bounds.minimum)
      return [`${field}: ${value} < ${bounds.minimum}`];
    if (bounds.maximum !== undefined && value > bounds.maximum)
      return [`${field}: ${value} > ${bounds.maximum}`];
  }
  return [];
}

/** True when parsing left Object.prototype alone. */
export function prototypeIsClean() {
  return !('polluted' in Object.prototype) && ({} as Record<string, unknown>).polluted === undefined;
}
