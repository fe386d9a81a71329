// Reading the rule kinds' definitions: every documented field of a value schema (RULES.md) and the checks that
// every kind has a known category and every number a unit.
import type { z } from 'zod';
import { RULE_KINDS } from './schema';
import { RULE_CATEGORIES, UNITS, type FieldMeta, type RuleKind } from './schema-fields';

export interface FieldDoc extends FieldMeta {
  /** Dotted path inside the value ("" for a scalar rule, "[].maxGapMonths" for an item of a list). */
  path: string;
  /** Allowed values in words: an enum's members, a number's bounds, a format. */
  allowed: string;
  optional: boolean;
  isNumber: boolean;
}

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Every documented field of a value schema, depth first. Fields without metadata are reported with an empty label. */
export function describeFields(schema: z.ZodType, path = ''): FieldDoc[] {
  const out: FieldDoc[] = [];
  const walk = (s: z.ZodType, p: string, optional: boolean, meta?: FieldMeta) => {
    const own = (s.meta() as FieldMeta | undefined) ?? meta;
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        return walk(def.innerType as z.ZodType, p, optional || def.type !== 'nullable', own);
      case 'pipe':
        return walk(def.in as z.ZodType, p, optional, own);
      case 'object': {
        if (own && p) out.push(doc(s, p, optional, own, '见下列字段'));
        const shape = def.shape as Record<string, z.ZodType>;
        for (const [k, v] of Object.entries(shape)) walk(v, p ? `${p}.${k}` : k, false);
        return;
      }
      case 'array': {
        const element = def.element as z.ZodType;
        const elementDef = defOf(element);
        if (elementDef.type === 'object' || elementDef.type === 'pipe') {
          if (own && p) out.push(doc(s, p, optional, own, '列表，每项见下列字段'));
          walk(element, `${p}[]`, false);
        } else out.push(doc(s, p, optional, own, `列表，每项：${allowedOf(element)}`));
        return;
      }
      default:
        out.push(doc(s, p, optional, own, allowedOf(s)));
    }
  };
  walk(schema, path, false);
  return out;
}

function doc(s: z.ZodType, path: string, optional: boolean, meta: FieldMeta | undefined, allowed: string): FieldDoc {
  return {
    path,
    label: meta?.label ?? '',
    description: meta?.description ?? '',
    unit: meta?.unit,
    allowed,
    optional,
    isNumber: defOf(unwrap(s)).type === 'number',
  };
}

function unwrap(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  return ['optional', 'nullable', 'default'].includes(def.type) ? unwrap(def.innerType as z.ZodType) : s;
}

type CheckDef = { check?: string; value?: number; inclusive?: boolean; pattern?: unknown };
const checksOf = (s: z.ZodType) =>
  ((defOf(s).checks as Array<{ _zod: { def: CheckDef } }> | undefined) ?? []).map((c) => c._zod.def);

function allowedOf(schema: z.ZodType): string {
  const s = unwrap(schema);
  const def = defOf(s);
  const nullable =
    defOf(schema).type === 'nullable' ||
    (defOf(schema).type === 'optional' && defOf(defOf(schema).innerType as z.ZodType).type === 'nullable');
  const tail = nullable ? '，或 null' : '';
  switch (def.type) {
    case 'enum':
      return `${Object.values(def.entries as Record<string, string>).join(' / ')}${tail}`;
    case 'literal':
      return `${(def.values as unknown[]).join(' / ')}`;
    case 'boolean':
      return 'true / false';
    case 'string': {
      const patterns = checksOf(s)
        .map((c) => c.pattern)
        .filter((r): r is RegExp => r instanceof RegExp);
      return patterns.length ? `文字，格式 ${patterns.map((r) => r.source).join(' ')}` : `文字${tail}`;
    }
    case 'number': {
      const parts = [(s as z.ZodNumber).isInt ? '整数' : '数'];
      for (const c of checksOf(s)) {
        if (c.check === 'greater_than') parts.push(`${c.inclusive ? '≥' : '>'} ${c.value}`);
        if (c.check === 'less_than') parts.push(`${c.inclusive ? '≤' : '<'} ${c.value}`);
      }
      return `${parts.join('，')}${tail}`;
    }
    default:
      return def.type;
  }
}

/**
 * Problems in the rule definitions themselves: a rule kind without label or description, a field without a label or
 * description, a number without a unit. `policies:check` fails on any.
 */
export function checkRuleDefinitions(kinds: Record<string, RuleKind<z.ZodType>> = RULE_KINDS): string[] {
  const problems: string[] = [];
  for (const [key, k] of Object.entries(kinds)) {
    if (!k.label || !k.description) problems.push(`规则 ${key}：缺少中文名称或说明`);
    if (!(k.category in RULE_CATEGORIES)) problems.push(`规则 ${key}：未知类别 ${k.category}`);
    for (const field of describeFields(k.schema)) {
      const name = field.path || '（取值本身）';
      if (!field.label || !field.description) problems.push(`规则 ${key} 字段 ${name}：缺少中文名称或说明`);
      if (field.isNumber && !field.unit)
        problems.push(`规则 ${key} 字段 ${name}：数字缺少单位（应为 ${UNITS.join(' / ')} 之一）`);
    }
  }
  return problems;
}
