// The Chinese message for a Situation's first problem (engine/shape.ts's Issue): it names the field ("第 2 段缴费记录的
// 开始月份"), says what is wrong and, for a choice, lists what is allowed (Chinese first, the API code in brackets).
import type { Issue } from './shape';
import { CONCERNS, ORIGINAL_RETIREMENT_AGES, SPECIAL_GROUPS } from './situation-shape';

const FIELD_LABELS: Record<string, string> = {
  asOf: '查询日期',
  city: '城市',
  hukou: '户籍',
  gender: '性别',
  birth: '出生年月',
  specialGroup: '特殊人群',
  periods: '缴费记录',
  gapReason: '断缴原因',
  concerns: '关心的事项',
  plannedBirth: '预产期',
  monthlyBase: '缴费基数',
  originalRetirementAge: '原退休年龄',
  plan: '停缴计划',
  stopAfter: '最后缴费月份',
  resumeFrom: '恢复缴费月份',
  bridge: '中间的过渡方式',
  scheme: '参保类型',
  from: '开始月份',
  to: '结束月份',
  backPaid: '是否补缴',
  paidOn: '缴费日期',
  paidOnEstimated: '缴费日期是否估算',
};

/** "新生儿（newborn）、学生（student）或 残疾人（disabled）": Chinese first, the API code in brackets (copy review L12). */
function choices(words: Record<string, string>): string {
  const parts = Object.entries(words).map(([code, word]) => `${word}（${code}）`);
  return `${parts.slice(0, -1).join('、')}或 ${parts[parts.length - 1]}`;
}

const ALLOWED_VALUES: Record<string, string> = {
  scheme: 'employee（单位职工医保）、flexible（灵活就业）或 resident（居民医保）',
  hukou: 'local（本地户籍）或 nonlocal（外地户籍）',
  gender: '男（male）或 女（female）',
  gapReason: 'employer（单位欠缴）、jobChange（换工作）或 personal（个人停缴）',
  specialGroup: choices({
    newborn: '新生儿',
    lowIncome: '低收入人员',
    student: '学生',
    disabled: '残疾人',
    elderlyLowIncome: '低收入老年人',
  } satisfies Record<(typeof SPECIAL_GROUPS)[number], string>),
  concerns: choices({
    medical: '医保',
    pension: '养老',
    housing: '买房',
    hukou: '落户',
    school: '孩子上学',
    maternity: '生育',
    car: '购车指标',
  } satisfies Record<(typeof CONCERNS)[number], string>),
  bridge: 'none（不过渡）、flexible（灵活就业）或 resident（居民医保）',
};

type Path = ReadonlyArray<PropertyKey>;

function labelOf(path: Path): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  const label = (last && FIELD_LABELS[last]) || '输入';
  const periodIndex = path[0] === 'periods' && typeof path[1] === 'number' ? path[1] : undefined;
  return periodIndex !== undefined && path.length > 2 ? `第 ${periodIndex + 1} 段缴费记录的${label}` : label;
}

export function messageFor(issue: Issue, input: unknown): string {
  const label = labelOf(issue.path);
  const last = [...issue.path].reverse().find((p) => typeof p === 'string') as string | undefined;
  switch (issue.message) {
    case 'MONTH':
      return `${label}格式不对，请写成“年-月”，例如 2024-07`;
    case 'DATE':
      return `${label}不是有效日期，请写成“年-月-日”，例如 2026-11-23`;
    case 'REQUIRED':
      return `请填写${label}`;
    case 'TOO_LONG':
      return `${label}太长了`;
    case 'TOO_MANY':
      return last === 'concerns' ? `${label}重复太多` : `${label}最多填写 120 段`;
    case 'POSITIVE':
      return `${label}必须大于 0`;
    case 'TOO_BIG':
      return `${label}超出合理范围`;
    case 'AGE':
      return `${label}只能是 ${ORIGINAL_RETIREMENT_AGES.join('、')}（岁）`;
  }
  if (issue.code === 'invalid_value' && last && ALLOWED_VALUES[last]) {
    return `${label}只能是 ${ALLOWED_VALUES[last]}`;
  }
  if (issue.code === 'invalid_type') {
    const missing = valueAt(input, issue.path) === undefined;
    if (missing) return `缺少${label}`;
    return wrongTypeMessage(label, issue.expected ?? '');
  }
  return `${label}填写有误`;
}

/** The value at a path of the raw input (an issue does not carry it), undefined when absent. */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** What a value of each JSON type is called in a message ("城市应为文字", "是否补缴应为 true 或 false"). */
const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: ' true 或 false',
  array: '列表',
  object: '对象',
};

function wrongTypeMessage(label: string, expected: string): string {
  return `${label}应为${TYPE_NAMES[expected] ?? '正确的类型'}`;
}
