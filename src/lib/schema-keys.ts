/**
 * The field names a Zod schema allows at a place in a record, so a message
 * about an unknown field can list them and suggest the one meant. Zod's
 * "unrecognized keys" issue names the stray key but not what is allowed.
 */
import { closestMatch } from 'leven';
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const keysOf = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);

/** The object schema that describes `value`, looking through optional, default, pipe and union wrappers. */
function objectShape(schema: z.ZodType, value: unknown): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape;
  if (def.innerType) return objectShape(def.innerType, value);
  if (def.type === 'pipe') return objectShape(def.out!, value) ?? objectShape(def.in!, value);
  if (def.type === 'union') {
    // The option that accepts most of the value's fields (for a date: the one of its precision).
    const shapes = def.options!.map((o) => objectShape(o, value)).filter((s) => s !== undefined);
    const fields = value as Record<string, unknown>;
    const fitting = (s: Record<string, z.ZodType>) => keysOf(value).filter((k) => s[k]?.safeParse(fields[k]).success).length;
    return shapes.sort((a, b) => fitting(b) - fitting(a))[0];
  }
  return undefined;
}

function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type === 'array') return def.element;
  if (def.innerType) return elementOf(def.innerType);
  if (def.type === 'pipe') return elementOf(def.out!) ?? elementOf(def.in!);
  return undefined;
}

/** Field names allowed in the mapping at `path` of `record` (checked against `schema`). */
export function allowedKeysAt(schema: z.ZodType, record: unknown, path: (string | number)[]): string[] {
  let current: z.ZodType | undefined = schema;
  let value = record;
  for (const key of path) {
    if (!current) return [];
    if (typeof key === 'number') current = elementOf(current);
    else current = objectShape(current, value)?.[key];
    value = (value as Record<string | number, unknown> | undefined)?.[key];
  }
  return current ? Object.keys(objectShape(current, value) ?? {}) : [];
}

/** "did you mean …" for a stray field name, when one allowed name is close (a typo, not another word). */
export function nearMiss(key: string, allowed: string[]): string | undefined {
  const maxDistance = key.length <= 3 ? 1 : key.length < 8 ? 2 : 3;
  return closestMatch(key, allowed, { maxDistance });
}
