// Chinese names shared by several phrasers: the concerns, the items a remedy keeps or loses, and the remedies.
// Kept apart from any phraser so that rules/ and plan/ can name them without importing each other (no cycle).
import type { Concern, ItemKey, OptionKey } from '../contract';

export const CONCERN_WORDS: Record<Concern, string> = {
  medical: '医保',
  pension: '养老保险',
  housing: '购房资格的连续社保',
  hukou: '积分落户的连续社保',
  school: '子女入学的社保',
  maternity: '生育津贴的连续缴费',
  car: '购车指标的连续医保',
};

/** What a remedy keeps or loses, as the headline's trade-off names it. */
export const ITEM_WORDS: Record<ItemKey, string> = {
  pensionYears: '养老保险累计缴费年限',
  pensionAccount: '养老保险个人账户',
  medicalAccount: '医保个人账户',
  medicalContinuity: '职工医保的连续参保',
  residentIncentive: '居民医保的连续参保奖励',
  maternity: '生育津贴',
  housing: '购房资格的连续社保',
  hukou: '积分落户的连续社保',
  school: '子女入学的社保',
  car: '购车指标的连续医保',
  medicalRetirement: '职工医保退休前要交满的年限',
};

/** A remedy, as a sentence names it. */
export const REMEDY_WORDS: Record<OptionKey, string> = {
  backPay: '补缴断缴的月份',
  flexible: '以灵活就业身份交职工医保',
  resident: '改交居民医保',
  repair: '多交几年缩短等待期',
};

/** "A、B和C" */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join('、')}和${words[words.length - 1]}`;
}
