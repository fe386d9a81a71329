// What resets (清零) and what is kept: one item per thing the user cares about.
import type { Concern, Item, ItemKey, Outcome, Situation } from '../contract';
import { duration } from '../explain/format';
import type { PolicyContext } from '../policy/resolve';
import { chineseMonthDay, chineseYearMonth, formatMonth, type MonthIndex, toMonthIndex } from '../time';
import { cumulativeReason, type MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import { retirementEstimates } from './retirement';
import { contributionMonthCount, type Timeline } from './timeline';

const ITEMS_BY_CONCERN: Record<Concern, ItemKey[]> = {
  medical: ['medicalAccount', 'medicalContinuity', 'residentIncentive', 'medicalRetirement'],
  pension: ['pensionYears', 'pensionAccount'],
  housing: ['housing'],
  hukou: ['hukou'],
  school: ['school'],
  maternity: ['maternity'],
  car: ['car'],
};

const DEFAULT_CONCERNS: Concern[] = ['medical', 'pension'];

function ageText(months: number): string {
  return `${Math.floor(months / 12)} 岁${months % 12 ? ` ${months % 12} 个月` : ''}`;
}

/** Durations in sentences: one format for the whole report (engine/explain/format.ts). */
export const yearsAndMonths = duration;

interface ItemContext {
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  situation: Situation & { asOf: string };
}

type ItemBuilder = (c: ItemContext) => Item | undefined;

function item(key: ItemKey, outcome: Outcome, summary: string, sources: string[]): Item {
  return { key, outcome, summary, sources: [...new Set(sources)] };
}

/** Consecutive 职工 contribution months ending at `month`, counting back-paid months only up to `tolerated`. */
export function continuousContributions(
  timeline: Timeline,
  month: MonthIndex,
  tolerated: number,
  lateCounts = true,
): number {
  let count = 0;
  let backPaid = 0;
  for (let m = month; ; m--) {
    const paid = timeline.employeeMonths.get(m);
    if (!paid) break;
    if (paid.backPaid) {
      if (!lateCounts) break;
      backPaid++;
      if (backPaid > tolerated) break;
    }
    count++;
  }
  return count;
}

const hasEmployee = (t: Timeline) => t.employeeMonths.size > 0;

const BUILDERS: Record<ItemKey, ItemBuilder> = {
  pensionYears: ({ timeline, ctx, situation }) => {
    if (!hasEmployee(timeline)) {
      return item('pensionYears', 'notApplicable', '没有职工医保/养老的缴费记录，不涉及职工养老缴费年限。', [
        'nat.law.social-insurance',
      ]);
    }
    const total = contributionMonthCount(timeline);
    const min = ctx.get('pension.minimumYears', timeline.asOfMonth);
    const law = ctx.get('pension.minimumYears', toMonthIndex('2029-12'));
    const sources = [law.source, min.source, 'nat.law.social-insurance'];
    let transfer = '';
    if (situation.hukou === 'nonlocal') {
      sources.push('nat.pension.transfer-66');
      transfer =
        '外地户籍跨省流动时，养老保险关系随本人转移，年限合并计算；领取地看户籍地或在当地累计缴费是否满 10 年。';
      const age = situation.birth ? Math.floor((timeline.asOfMonth - toMonthIndex(situation.birth)) / 12) : undefined;
      const threshold = situation.gender === 'male' ? 50 : situation.gender === 'female' ? 40 : undefined;
      if (age !== undefined && threshold !== undefined && age >= threshold) {
        transfer += `您已满 ${threshold} 岁：跨省到新地方参保时，一般只在新参保地建立临时缴费账户，关系不转入，缴费年限照样累计，退休时再归集。`;
      }
    }
    let retirement = '';
    let short = false;
    if (situation.birth && situation.gender) {
      const paidThisMonth = timeline.employeeMonths.has(timeline.asOfMonth);
      for (const r of retirementEstimates(ctx, toMonthIndex(situation.birth), situation.gender, timeline.asOfMonth)) {
        sources.push(...r.sources);
        const needed = Math.round(r.minimumYears * 12);
        const projected = total + Math.max(0, r.month - timeline.asOfMonth - (paidThisMonth ? 1 : 0));
        const when = `${r.label}法定退休年龄为 ${ageText(r.ageMonths)}，${r.month <= timeline.asOfMonth ? '已于' : '约在'} ${chineseYearMonth(r.month)}到龄，届时需累计满 ${r.minimumYears} 年`;
        if (projected >= needed) {
          retirement +=
            r.month <= timeline.asOfMonth
              ? `${when}，已满足。`
              : `${when}；从现在起不再断缴，到时约累计 ${yearsAndMonths(projected)}，够了。`;
        } else {
          short = true;
          retirement += `${when}；${r.month <= timeline.asOfMonth ? '现在' : '即使从现在起一直缴到退休，也'}只有约 ${yearsAndMonths(projected)}，差 ${yearsAndMonths(needed - projected)}，可以延长缴费或按规定一次性补缴。`;
        }
      }
    }
    return item(
      'pensionYears',
      short ? 'atRisk' : 'kept',
      `职工养老累计缴费年限不清零：已累计约 ${yearsAndMonths(total)}，断缴的月份不计入，以后续缴接着累加，换城市也累计计算。` +
        (retirement || `按月领取养老金需累计满 ${min.value} 年（2030 年起每年提高半年，逐步到 20 年）。`) +
        transfer,
      [...new Set(sources)],
    );
  },
  pensionAccount: ({ timeline }) =>
    hasEmployee(timeline)
      ? item(
          'pensionAccount',
          'kept',
          '养老保险个人账户里的钱一直在、不清零，断缴期间只是不再新增，转移时随本人转移。',
          ['nat.law.social-insurance', 'nat.pension.transfer-66'],
        )
      : item('pensionAccount', 'notApplicable', '没有职工养老缴费记录，不涉及个人账户。', ['nat.law.social-insurance']),
  medicalAccount: ({ timeline }) =>
    hasEmployee(timeline)
      ? item(
          'medicalAccount',
          'kept',
          '医保个人账户余额不清零，断缴期间仍可按当地规定使用，只是不再划入新钱；转移时随本人转移。',
          ['nat.medical.transfer-43'],
        )
      : item(
          'medicalAccount',
          'notApplicable',
          '居民医保没有个人账户（个人账户属于职工医保，可按规定给近亲属共济使用）。',
          ['nat.medical.longterm-38'],
        ),
  medicalContinuity: ({ picture, options, situation, timeline }) => {
    if (timeline.start === null) {
      return item('medicalContinuity', 'notApplicable', '还没有参保记录，参保后从第一个月起计算连续参保时间。', []);
    }
    const current = options.current;
    const backPay = options.options.find((o) => o.key === 'backPay');
    const lastResident = picture.residentEnrolments[picture.residentEnrolments.length - 1];
    if (current && !current.ongoing && backPay?.feasible === 'yes' && backPay.deadline) {
      return item(
        'medicalContinuity',
        'atRisk',
        `${current.length} 个月的断缴还可以补：${chineseMonthDay(backPay.deadline)}前补缴，前后参保时间可以连起来；过了期限就重新计算。`,
        backPay.sources,
      );
    }
    if (current?.ongoing) {
      if (backPay?.feasible === 'yes' && backPay.deadline) {
        return item(
          'medicalContinuity',
          'atRisk',
          `连续参保时间还没断：${chineseMonthDay(backPay.deadline)}前补缴，前后参保时间可以连起来；过了期限就重新计算。`,
          backPay.sources,
        );
      }
      if (situation.gapReason === 'employer') {
        return item(
          'medicalContinuity',
          'atRisk',
          '单位欠缴属于单位责任，单位补缴本金和滞纳金后连续参保时间一般可以接上。',
          backPay?.sources ?? [],
        );
      }
      if (current.cumulative) {
        return item(
          'medicalContinuity',
          'reset',
          `${cumulativeReason(current.cumulative)}，连续参保时间将重新计算（累计缴费年限不受影响）。`,
          [current.cumulative.rule.source],
        );
      }
      return item(
        'medicalContinuity',
        'reset',
        `已断缴 ${current.length} 个月，超过补缴期限，连续参保时间将重新计算（累计缴费年限不受影响）。`,
        current.band ? [current.band.source] : [],
      );
    }
    const last = picture.interruptions[picture.interruptions.length - 1];
    // The latest event decides: a resident enrolment after the last 职工医保 interruption, or the interruption.
    if (lastResident && (!last || lastResident.startMonth > last.to)) {
      if (lastResident.continuous || lastResident.exempt) {
        return item(
          'medicalContinuity',
          'kept',
          lastResident.switchApplied
            ? `从职工医保转为居民医保，中断 ${lastResident.interruption} 个月，在允许的期限内，视为连续参保。`
            : '居民医保按年连续缴费，没有断保。',
          [lastResident.ruleSource],
        );
      }
      return item(
        'medicalContinuity',
        'reset',
        `断保后重新参加居民医保，连续参保时间从 ${lastResident.year} 年重新计算。`,
        [lastResident.ruleSource],
      );
    }
    if (last) {
      const kept =
        last.band && last.band.band.backPay !== 'no' && last.backPaidMonths.length === last.to - last.from + 1;
      if (kept)
        return item('medicalContinuity', 'kept', '断缴的月份已按规定补缴，连续参保时间不中断。', [last.band!.source]);
      if (last.cumulative) {
        return item(
          'medicalContinuity',
          'reset',
          `${cumulativeReason(last.cumulative)}，连续参保时间从重新参保时起算。`,
          [last.cumulative.rule.source],
        );
      }
      return item(
        'medicalContinuity',
        'reset',
        `${formatMonth(last.from)} 起断缴 ${last.length} 个月未补缴，连续参保时间从重新参保时起算。`,
        last.band ? [last.band.source] : [],
      );
    }
    return item('medicalContinuity', 'kept', '医保一直连续缴纳，没有中断。', ['nat.medical.transfer-43']);
  },
  residentIncentive: ({ ctx, timeline, picture, options }) => {
    // Only for people who have (had) resident insurance: the incentive counts resident years.
    if (timeline.residentYears.size === 0) return undefined;
    const latest = picture.residentEnrolments[picture.residentEnrolments.length - 1];
    const target = options.proposedResident ?? latest;
    if (!target) return undefined;
    const incentive = ctx.find('resident.incentive', Math.max(timeline.asOfMonth, target.startMonth));
    const sources = incentive ? [incentive.source] : [target.ruleSource];
    // The count restarted at the latest enrolment (a gap before it), or restarts at the proposed one.
    const restarted = [target, latest].find((e) => e && !e.continuous && !e.exempt && !e.firstEver);
    if (restarted) {
      const penalty = incentive?.value.penaltyAfterGap
        ? `，再参保当年大病保险最高支付限额降低 ${incentive.value.penaltyAfterGap} 元`
        : '';
      return item(
        'residentIncentive',
        'reset',
        `断保后居民医保的连续参保年数清零，从 ${restarted.year} 年重新计算，已积累的连续参保和零报销激励额度不再有效${penalty}。`,
        sources,
      );
    }
    let years = 0;
    for (let y = target.year; timeline.residentYears.has(y) || y === target.year; y--) {
      years++;
      if (!timeline.residentYears.has(y - 1)) break;
    }
    const need = incentive?.value.continuousYears ?? 4;
    const raise = incentive?.value.raisePerYear ? `每年提高 ${incentive.value.raisePerYear} 元` : '逐年提高';
    return item(
      'residentIncentive',
      'kept',
      years >= need
        ? `已连续参加居民医保 ${years} 年，满 ${need} 年后每多连续 1 年，大病保险最高支付限额${raise}；保持每年按时缴费即可保留。`
        : `居民医保连续参保 ${years} 年，没有断保；连续满 ${need} 年后大病保险最高支付限额${raise}，断保会清零。`,
      sources,
    );
  },
  medicalRetirement: ({ ctx, timeline, situation }) => {
    if (!hasEmployee(timeline)) return undefined;
    const rule = ctx.find('medical.retirementYears', timeline.asOfMonth);
    const total = contributionMonthCount(timeline);
    if (!rule) {
      return item(
        'medicalRetirement',
        'unknown',
        `职工医保累计缴费约 ${yearsAndMonths(total)}，不清零；退休后免缴费享受医保需要的年限由各地规定，本地数值未收录，请向当地医保部门核实。`,
        ['nat.law.social-insurance'],
      );
    }
    const r = rule.value;
    const years =
      situation.gender === 'female'
        ? `${r.femaleYears} 年`
        : situation.gender === 'male'
          ? `${r.maleYears} 年`
          : `男 ${r.maleYears} 年、女 ${r.femaleYears} 年`;
    return item(
      'medicalRetirement',
      'kept',
      `职工医保累计缴费约 ${yearsAndMonths(total)}，断缴不清零，但断缴月份不计入。退休时需累计满 ${years}${r.targetYear ? `（${r.targetYear} 年起的统一标准）` : ''}` +
        `${r.localYears ? `，且在本地实际缴费满 ${r.localYears} 年` : ''}，不足的可一次性补足。`,
      [rule.source, 'nat.law.social-insurance'],
    );
  },
  maternity: ({ ctx, timeline, situation, picture }) => {
    const when = situation.plannedBirth ? toMonthIndex(situation.plannedBirth) : timeline.asOfMonth;
    const rule = ctx.find('maternity.qualifying', when);
    if (!hasEmployee(timeline)) {
      return item(
        'maternity',
        'notApplicable',
        '生育津贴只发给参加职工医保（生育保险）的人；居民医保可以报销生育医疗费，没有生育津贴。',
        ['nat.law.social-insurance'],
      );
    }
    if (!rule) {
      return item(
        'maternity',
        'unknown',
        '生育津贴要求生育前连续缴费的月数由各地规定（常见 6、9、10 或 12 个月），本地规定未收录；断缴可能影响领取，请向当地医保部门核实。',
        ['nat.law.social-insurance'],
      );
    }
    const r = rule.value;
    const continuingNow =
      timeline.employeeMonths.has(timeline.asOfMonth) && !timeline.employeeMonths.get(timeline.asOfMonth)!.backPaid;
    const sofar = continuousContributions(timeline, Math.min(when, timeline.asOfMonth), r.toleratedGapMonths);
    const projected = continuingNow ? sofar + Math.max(0, when - timeline.asOfMonth) : sofar;
    if (!continuingNow && picture.status !== 'covered') {
      return item(
        'maternity',
        'reset',
        `生育津贴要求生育当月连续缴费满 ${r.qualifyingMonths} 个月；现在断缴，重新缴费后从头计算（中断 ${r.toleratedGapMonths} 个月以内并及时补缴的视为连续）。`,
        [rule.source],
      );
    }
    return projected >= r.qualifyingMonths
      ? item(
          'maternity',
          'kept',
          `按时缴到生育当月可连续缴费 ${projected} 个月，满足 ${r.qualifyingMonths} 个月的要求，不要断缴。`,
          [rule.source],
        )
      : item(
          'maternity',
          'atRisk',
          `到生育当月只能连续缴费 ${projected} 个月，不满 ${r.qualifyingMonths} 个月：津贴要等连续缴满后补发，期间断缴会影响领取。`,
          [rule.source],
        );
  },
  housing: ({ ctx, timeline, situation }) => {
    if (situation.hukou === 'local')
      return item('housing', 'notApplicable', '本地户籍购房一般不看社保连续缴纳年限。', []);
    const rule = ctx.find('housing.nonlocal', timeline.asOfMonth);
    if (!rule)
      return item(
        'housing',
        'unknown',
        '本市非户籍购房对社保连续缴纳的要求未收录（不少城市已放开限购），请向当地住建部门核实。',
        [],
      );
    const r = rule.value;
    const jobChange = situation.gapReason === 'jobChange' || situation.gapReason === 'employer';
    const run = continuousContributions(timeline, timeline.asOfMonth, jobChange ? r.backPaidMonthsTolerated : 0);
    const zones =
      r.zones?.map((z) => `${z.label} ${yearsAndMonths(z.months)}`).join('，') ?? `${yearsAndMonths(r.months)}`;
    const tolerated = r.backPaidMonthsTolerated
      ? `换工作等原因补缴累计不超过 ${r.backPaidMonthsTolerated} 个月的视为连续`
      : '补缴的月份不算连续';
    if (run === 0) {
      return item(
        'housing',
        'reset',
        `非户籍购房要求连续缴纳社保（${zones}），申请当月须正常参保；现在断缴，连续年限从重新缴费起算（${tolerated}）。`,
        [rule.source],
      );
    }
    return item(
      'housing',
      run >= r.months ? 'kept' : 'atRisk',
      `已连续缴纳 ${yearsAndMonths(run)}；要求 ${zones}，${tolerated}。`,
      [rule.source],
    );
  },
  hukou: ({ ctx, timeline, situation }) => {
    if (situation.hukou === 'local') return item('hukou', 'notApplicable', '已是本地户籍，不涉及积分落户。', []);
    const rule = ctx.find('hukou.points', timeline.asOfMonth);
    if (!rule)
      return item('hukou', 'unknown', '本市积分落户/居转户对社保连续缴纳的要求未收录，请向当地人社部门核实。', []);
    const r = rule.value;
    const run = continuousContributions(timeline, timeline.asOfMonth, r.backPaidMonthsTolerated);
    const tolerated = r.backPaidMonthsTolerated ? `补缴累计不超过 ${r.backPaidMonthsTolerated} 个月` : '补缴不算';
    if (run === 0)
      return item(
        'hukou',
        'reset',
        `落户要求连续缴纳社保满 ${yearsAndMonths(r.months)}（${tolerated}），断缴未及时补缴的不算连续，需从头累计。`,
        [rule.source],
      );
    return item(
      'hukou',
      run >= r.months ? 'kept' : 'atRisk',
      `已连续缴纳 ${yearsAndMonths(run)}，落户要求 ${yearsAndMonths(r.months)}（${tolerated}）。`,
      [rule.source],
    );
  },
  school: ({ ctx, timeline, situation, picture }) => {
    if (situation.hukou === 'local') return item('school', 'notApplicable', '本地户籍子女入学一般不看父母社保。', []);
    const rule = ctx.find('school.nonlocal', timeline.asOfMonth);
    if (!rule)
      return item('school', 'unknown', '本市非户籍子女入学对社保的要求未收录，各区口径不同，请向区教委核实。', []);
    return item('school', picture.status === 'covered' ? 'atRisk' : 'reset', `${rule.value.note}。`, [rule.source]);
  },
  car: ({ ctx, timeline, situation }) => {
    if (situation.hukou === 'local') return item('car', 'notApplicable', '本地户籍申请购车指标不看社保年限。', []);
    const rule = ctx.find('car.quota', timeline.asOfMonth);
    if (!rule) return item('car', 'unknown', '本市购车指标对社保的要求未收录，请向当地交通部门核实。', []);
    const r = rule.value;
    const run = continuousContributions(timeline, timeline.asOfMonth, 0, r.lateMonthsCount);
    if (run === 0)
      return item(
        'car',
        'reset',
        `非户籍申请普通小汽车指标需近期连续缴纳本市医保 ${yearsAndMonths(r.months)}，${r.lateMonthsCount ? '' : '逾期补缴的月份不算，'}断缴后需重新累计。`,
        [rule.source],
      );
    return item(
      'car',
      run >= r.months ? 'kept' : 'atRisk',
      `已连续按时缴纳医保 ${yearsAndMonths(run)}，要求 ${yearsAndMonths(r.months)}${r.lateMonthsCount ? '' : '（逾期补缴不算）'}。`,
      [rule.source],
    );
  },
};

export function buildItems(c: ItemContext): Item[] {
  const concerns = c.situation.concerns?.length ? c.situation.concerns : DEFAULT_CONCERNS;
  const keys = new Set<ItemKey>();
  for (const concern of concerns) for (const key of ITEMS_BY_CONCERN[concern]) keys.add(key);
  const items: Item[] = [];
  for (const key of keys) {
    const built = BUILDERS[key](c);
    if (built) items.push(built);
  }
  return items;
}
