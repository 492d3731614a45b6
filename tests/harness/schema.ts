import { seededRandom } from '@pamong/core';

export { seededRandom };

import RandExp from 'randexp';

/**
 * The slice of JSON Schema (2020-12, as @hono/zod-openapi writes it for OpenAPI 3.1) that the
 * harness reads to make valid and invalid values. Unknown keywords are ignored.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  example?: unknown;
  examples?: unknown[];
}

/** Follows `$ref`s into `#/components/schemas` and folds `allOf`; the rest is returned as is. */
export function resolveSchema(
  schema: JsonSchema,
  doc: { components?: { schemas?: Record<string, JsonSchema> } },
): JsonSchema {
  let s = schema;
  for (let depth = 0; s.$ref && depth < 20; depth++) {
    const name = s.$ref.replace(/^#\/components\/schemas\//, '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved $ref ${s.$ref}`);
    s = target;
  }
  if (s.allOf?.length) {
    const merged: JsonSchema = { ...s, allOf: undefined };
    for (const part of s.allOf.map((p) => resolveSchema(p, doc))) {
      Object.assign(merged, part, {
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      });
    }
    return merged;
  }
  return s;
}

export function typesOf(schema: JsonSchema): string[] {
  if (schema.type) return Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.const !== undefined) return [jsonType(schema.const)];
  if (schema.enum) return [...new Set(schema.enum.map(jsonType))];
  if (schema.properties) return ['object'];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return [...new Set(branches.flatMap(typesOf))];
  return [];
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export interface GenerateOptions {
  /** Values chosen by property name (fixture ids, the target's version). They win over the schema. */
  named: Record<string, unknown>;
  random: () => number;
  /** 0 takes the first enum value and branch; later attempts pick at random. */
  attempt: number;
  /** Optional properties are left out unless `named` has them: fewer ways to be refused. */
  doc: { components?: { schemas?: Record<string, JsonSchema> } };
}

let serial = 0;

/** A valid value for `schema`, as far as JSON Schema can say (refinements are checked by the caller). */
export function generateValue(schema: JsonSchema, opts: GenerateOptions, name?: string): unknown {
  const s = resolveSchema(schema, opts.doc);
  const pick = <T>(xs: T[]): T => (opts.attempt === 0 ? xs[0]! : xs[Math.floor(opts.random() * xs.length)]!);
  if (s.const !== undefined) return s.const;
  // A schema whose refinements no generated value can meet (ordered levels, "at least one of")
  // declares a valid example; it is used as is.
  const example = s.examples?.[0] ?? s.example;
  if (example !== undefined) return structuredClone(example);
  if (s.enum?.length) return pick(s.enum.filter((v) => v !== null));
  const branches = s.anyOf ?? s.oneOf;
  if (branches?.length) {
    const nonNull = branches.filter((b) => !typesOf(resolveSchema(b, opts.doc)).every((t) => t === 'null'));
    return generateValue(pick(nonNull.length ? nonNull : branches), opts, name);
  }
  const types = typesOf(s).filter((t) => t !== 'null');
  const type = types.length ? pick(types) : typesOf(s)[0];
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(s.required ?? []);
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (key in opts.named) out[key] = opts.named[key];
        else if (required.has(key)) out[key] = generateValue(prop, opts, key);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(s.minItems ?? 0, 1);
      return Array.from({ length: n }, () => generateValue(s.items ?? {}, opts, name));
    }
    case 'integer':
    case 'number':
      return generateNumber(s, type === 'integer');
    case 'boolean':
      return s.default !== undefined ? s.default : true;
    case 'null':
      return null;
    default:
      return generateString(s, opts, name);
  }
}

function generateNumber(s: JsonSchema, integer: boolean): number {
  if (typeof s.default === 'number') return s.default;
  let min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 0.5) : 1);
  const max =
    s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 0.5) : undefined);
  if (max !== undefined && min > max) min = max;
  return integer ? Math.ceil(min) : min;
}

function generateString(s: JsonSchema, opts: GenerateOptions, name?: string): string {
  if (typeof s.default === 'string') return s.default;
  serial += 1;
  switch (s.format) {
    case 'email':
      return `harness.${serial}@example.id`;
    case 'date-time':
      return new Date(Date.UTC(2026, 0, 1, 0, 0, serial % 60)).toISOString();
    case 'date':
      return '2026-01-01';
    case 'time':
      return '08:00:00';
    case 'uri':
    case 'url':
      return `https://example.id/harness/${serial}`;
    case 'uuid':
      return `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
  }
  if (s.pattern) {
    const gen = new RandExp(s.pattern);
    gen.randInt = (from, to) => from + Math.floor(opts.random() * (to - from + 1));
    gen.max = 8;
    for (let i = 0; i < 50; i++) {
      const v = gen.gen();
      if (v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY)) return v;
    }
    throw new Error(`cannot generate a string for pattern ${s.pattern} within its length bounds`);
  }
  // Readable, unique text: a generated name must not collide with a uniqueness guard.
  const base = `Harness ${name ?? 'value'} ${serial}`;
  const min = s.minLength ?? 1;
  const max = s.maxLength ?? 200;
  return base.padEnd(min, 'x').slice(0, max);
}

/** A JSON value whose type the schema does not allow, for the wrong-type cases. */
export function wrongTypeValue(schema: JsonSchema, doc: GenerateOptions['doc']): unknown | undefined {
  const s = resolveSchema(schema, doc);
  const allowed = new Set(typesOf(s));
  if (allowed.has('number')) allowed.add('integer');
  if (allowed.size === 0) return undefined;
  const candidates: unknown[] = [12345, 'wrong-type', true, { wrong: 'type' }, [1, 2]];
  return candidates.find((c) => !allowed.has(jsonType(c)) && !(s.enum ?? []).includes(c));
}

/** Every property below an object schema, with its dotted path (`firstAdmin.username`). */
export function walkProperties(
  schema: JsonSchema,
  doc: GenerateOptions['doc'],
  prefix: string[] = [],
): { path: string[]; schema: JsonSchema; required: boolean }[] {
  const s = resolveSchema(schema, doc);
  const out: { path: string[]; schema: JsonSchema; required: boolean }[] = [];
  const required = new Set(s.required ?? []);
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    const p = resolveSchema(prop, doc);
    out.push({ path: [...prefix, key], schema: p, required: required.has(key) });
    if (typesOf(p).includes('object')) out.push(...walkProperties(p, doc, [...prefix, key]));
  }
  return out;
}

export function getPath(value: unknown, path: string[]): unknown {
  let v = value;
  for (const k of path) v = (v as Record<string, unknown> | undefined)?.[k];
  return v;
}

/** A deep copy of `value` with `path` set (or removed when `next` is `REMOVE`). */
export const REMOVE = Symbol('remove');
export function withPath(value: unknown, path: string[], next: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let cursor = copy;
  for (const k of path.slice(0, -1)) {
    if (typeof cursor[k] !== 'object' || cursor[k] === null) cursor[k] = {};
    cursor = cursor[k] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (next === REMOVE) delete cursor[last];
  else cursor[last] = next;
  return copy;
}

/** Whether a string schema constrains its content, so an oversize value must be refused. */
export function isBoundedString(s: JsonSchema): boolean {
  return (
    s.maxLength !== undefined || s.pattern !== undefined || s.format !== undefined || s.enum !== undefined
  );
}
