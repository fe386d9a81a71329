// The one recommendation, chosen on the whole situation: for every open remedy, what it keeps and what it loses
// of the concerned items the choice of remedy decides (continuity, 生育津贴, 医保退休年限, housing/落户/car chains),
// then the remedy that loses least, is not a costly back-pay that buys no cover, and brings cover back soonest.
// Facts only (no Chinese): the headline, the to-dos and the client read the result.
import type { Item, ItemKey, Option, OptionKey, Situation } from '../../contract';
import type { PolicyContext } from '../../policy/resolve';
import type { OptionsResult } from '../options';
import { personalRetirement } from '../pension';
import type { Timeline } from '../timeline';
import { remedy, REMEDY_KEYS } from './table';

/** Years before retirement within which leaving 职工医保 for 居民医保 is a loss of 医保退休年限 (copy review N3). */
const NEAR_RETIREMENT_MONTHS = 60;
/** A back-pay of more months than this that brings no cover back is never the main advice without reason (N10). */
const COSTLY_BACKPAY_MONTHS = 3;
/** To-dos that save an item by back-paying (items.ts openBackPay). */
const BACKPAY_ACTION = /^backpay-/;

export interface RemedyVerdict {
  key: OptionKey;
  keeps: ItemKey[];
  loses: ItemKey[];
}

export interface Choice {
  /** The recommended remedy (an open one), or undefined when nothing is open. */
  lead?: Option;
  verdicts: Map<OptionKey, RemedyVerdict>;
  /** The open remedy that keeps something the leading one loses, and the items either way. */
  tradeOff?: { versus: Option; loses: ItemKey[]; gains: ItemKey[] };
}

export interface ChoiceContext {
  ctx: PolicyContext;
  timeline: Timeline;
  options: OptionsResult;
  items: Item[];
  situation: Situation & { asOf: string };
}

/** Open: can be done (yes or depends) and its deadline, if any, is not past. */
export function isOpen(o: Option, asOf: string): boolean {
  return o.feasible !== 'no' && (!o.deadline || o.deadline >= asOf);
}

/**
 * Whether leaving 职工医保 now costs what it gives at retirement: the years are short, or retirement is near (only
 * those in 职工医保 when they reach retirement age with the years stop paying, 社会保险法 第二十七条, F17; N3).
 */
function retirementAtStake(c: ChoiceContext, it: Item): boolean {
  if (it.outcome === 'atRisk') return true;
  if (it.outcome === 'notApplicable') return false;
  const { situation, timeline, ctx } = c;
  const personal = personalRetirement(ctx, situation, timeline.asOfMonth);
  if (!personal) return false;
  const ahead = personal.estimate.month - timeline.asOfMonth;
  return ahead > 0 && ahead <= NEAR_RETIREMENT_MONTHS;
}

/** What each remedy does to one concerned item: keeps it, loses it, or leaves it alone (undefined). */
function verdictOn(c: ChoiceContext, it: Item, o: Option): 'keeps' | 'loses' | undefined {
  const worker = remedy(o.key).scheme === 'worker';
  const fromWorker = c.options.current !== undefined; // the gap is one in 职工医保
  const savedByBackPay = it.outcome === 'atRisk' && it.action !== undefined && BACKPAY_ACTION.test(it.action);
  switch (it.key) {
    case 'medicalContinuity':
      if (!fromWorker || it.outcome !== 'atRisk') return undefined;
      if (o.key === 'backPay') return 'keeps';
      if (o.key === 'flexible') return o.retroactive && o.deadline ? 'keeps' : 'loses';
      return o.key === 'resident' ? 'loses' : undefined;
    case 'housing':
    case 'hukou':
    case 'car':
      if (!savedByBackPay) return undefined;
      return o.key === 'backPay' ? 'keeps' : o.key === 'repair' ? undefined : 'loses';
    case 'maternity':
      // 居民医保 has no 生育津贴 at all, whatever the local qualifying rule (H11).
      if (!fromWorker || it.outcome === 'notApplicable') return undefined;
      if (savedByBackPay && o.key !== 'backPay' && o.key !== 'resident') return o.retroactive ? 'keeps' : 'loses';
      return worker ? 'keeps' : o.key === 'resident' ? 'loses' : undefined;
    case 'medicalRetirement':
      if (!fromWorker || !retirementAtStake(c, it)) return undefined;
      return worker ? 'keeps' : o.key === 'resident' ? 'loses' : undefined;
    default:
      return undefined;
  }
}

function verdictOf(c: ChoiceContext, o: Option): RemedyVerdict {
  const keeps: ItemKey[] = [];
  const loses: ItemKey[] = [];
  for (const it of c.items) {
    const v = verdictOn(c, it, o);
    if (v === 'keeps') keeps.push(it.key);
    else if (v === 'loses') loses.push(it.key);
  }
  return { key: o.key, keeps, loses };
}

/** A back-pay of many months that brings no cover back (it only adds years): not the main advice by default. */
function costlyBackPay(c: ChoiceContext, o: Option): boolean {
  const months = c.options.gap?.unpaid.length ?? 0;
  return o.key === 'backPay' && o.who !== 'employer' && !o.retroactive && months > COSTLY_BACKPAY_MONTHS;
}

/** Lower is better: losses, a costly back-pay, `depends`, a later benefits day, then the table's order. */
function rank(c: ChoiceContext, o: Option, v: RemedyVerdict): (number | string)[] {
  return [
    remedy(o.key).mayLead ? 0 : 1,
    v.loses.length,
    costlyBackPay(c, o) ? 1 : 0,
    o.feasible === 'yes' ? 0 : 1,
    o.benefitsFrom ?? c.situation.asOf,
    REMEDY_KEYS.indexOf(o.key),
  ];
}

function compare(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/**
 * Decides the recommendation and writes the v3 fields on the options (recommended, excludes, keeps, loses): the
 * options are facts of the decision, which the headline, the to-dos and the client only read.
 */
export function chooseRemedy(c: ChoiceContext): Choice {
  const { options } = c.options;
  const asOf = c.situation.asOf;
  const verdicts = new Map<OptionKey, RemedyVerdict>();
  for (const o of options) verdicts.set(o.key, verdictOf(c, o));
  const open = options.filter((o) => isOpen(o, asOf));
  const ranked = open
    .map((o) => ({ o, r: rank(c, o, verdicts.get(o.key)!) }))
    .sort((a, b) => compare(a.r, b.r))
    .map((x) => x.o);
  const lead = ranked[0];
  const present = new Set(options.map((o) => o.key));
  for (const o of options) {
    const v = verdicts.get(o.key)!;
    o.recommended = o === lead;
    o.excludes = (remedy(o.key).excludes as readonly OptionKey[]).filter((k) => present.has(k));
    o.keeps = v.keeps;
    o.loses = v.loses;
  }
  const choice: Choice = { lead, verdicts };
  if (!lead) return choice;
  const mine = verdicts.get(lead.key)!;
  for (const other of ranked.slice(1)) {
    if (!remedy(other.key).mayLead) continue;
    const theirs = verdicts.get(other.key)!;
    const loses = mine.loses.filter((k) => theirs.keeps.includes(k));
    if (loses.length === 0) continue;
    const gains = mine.keeps.filter((k) => theirs.loses.includes(k));
    choice.tradeOff = { versus: other, loses, gains };
    break;
  }
  return choice;
}

/**
 * Another decision's recommendation on the same gap, written on these options: a shared report is decided on the
 * owner's whole situation (its birth month can decide the remedy, N3) and told without it (functions/share). Kept
 * as decided here when that remedy is not open here.
 */
export function adoptChoice(options: OptionsResult, own: Choice, from: Choice, asOf: string): Choice {
  const byKey = new Map(options.options.map((o) => [o.key, o]));
  const lead = from.lead && byKey.get(from.lead.key);
  if (!lead || !isOpen(lead, asOf)) return own;
  const verdicts = new Map(own.verdicts);
  for (const [key, v] of from.verdicts) if (byKey.has(key)) verdicts.set(key, v);
  for (const o of options.options) {
    const v = verdicts.get(o.key)!;
    o.recommended = o === lead;
    o.keeps = v.keeps;
    o.loses = v.loses;
  }
  const choice: Choice = { lead, verdicts };
  const versus = from.tradeOff && byKey.get(from.tradeOff.versus.key);
  if (versus) choice.tradeOff = { versus, loses: from.tradeOff!.loses, gains: from.tradeOff!.gains };
  return choice;
}
