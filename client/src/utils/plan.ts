// The planner's answers (「我打算停交 / 换工作」) and the Situation they become. The engine answers the plan; the
// client only collects the months and paints the answer.
import type { BridgeKey, Concern, Situation } from '../types/contract';

export interface PlanAnswers {
  city: string;
  hukou: 'local' | 'nonlocal';
  /** Year the current continuous contributions started. */
  since?: number;
  gender?: 'male' | 'female';
  /** Birth month "YYYY-MM" (the retirement month and its delay depend on it: copy review 3 N26). */
  birth?: string;
  /** Last month that will be paid. */
  stopAfter?: string;
  /** Expected restart; null = 不确定. */
  resumeFrom?: string | null;
  bridge: BridgeKey;
}

export const BRIDGES: { key: BridgeKey; label: string; hint: string }[] = [
  { key: 'none', label: '不过渡', hint: '中间不交，接上时按规定补缴' },
  { key: 'flexible', label: '灵活就业', hint: '自己以灵活就业身份接着交职工医保' },
  { key: 'resident', label: '居民医保', hint: '中间参加城乡居民医保' },
];

export const CONCERN_LABEL: Record<Concern, string> = {
  medical: '医保报销',
  pension: '养老保险',
  housing: '购房资格',
  hukou: '积分落户',
  school: '子女入学',
  maternity: '生育津贴',
  car: '购车指标',
};

/** What is still missing before the plan can be asked for (a sentence), or null. */
export function planProblem(a: PlanAnswers): string | null {
  if (!a.city.trim()) return '请先选择城市';
  if (!a.since) return '请选择现在的工作从哪一年开始交社保';
  if (!a.stopAfter) return '请选择最后交到哪个月';
  if (a.resumeFrom === undefined) return '请选择预计哪个月恢复缴费，或选“不确定”';
  if (a.resumeFrom !== null && a.resumeFrom <= a.stopAfter) return '恢复缴费的月份要晚于最后缴费的月份';
  return null;
}

export function planSituation(a: PlanAnswers): Situation {
  const s: Situation = {
    city: a.city.trim(),
    hukou: a.hukou,
    periods: [{ scheme: 'employee', from: `${a.since}-01`, to: null }],
    gapReason: 'jobChange',
    concerns: ['medical', 'pension', 'housing', 'hukou'],
    plan: { stopAfter: a.stopAfter!, resumeFrom: a.resumeFrom ?? null, bridge: a.bridge },
  };
  if (a.gender) s.gender = a.gender;
  if (a.birth) s.birth = a.birth;
  return s;
}
