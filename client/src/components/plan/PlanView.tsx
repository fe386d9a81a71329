// The answer to a what-if plan: the latest month to resume per concern as a dated list (提醒我 through the
// report's action list), the cover picture on the day paying resumes, and the bridges with their price. Paints
// report.plan; computes nothing.
import { View, Text } from '@tarojs/components';
import type { MonthCell, PlanReport, Report } from '../../types/contract';
import { fmtDate, fmtMonth } from '../../utils/dates';
import { BRIDGES, CONCERN_LABEL } from '../../utils/plan';
import { ActionsCard, type RemindControl } from '../report';

const CELL: Record<MonthCell['state'], string> = {
  covered: 'paid',
  hole: 'hole',
  repairable: 'fixable',
  waiting: 'waiting',
  reduced: 'waiting',
  upcoming: 'future',
};

function LimitsCard({ plan }: { plan: PlanReport }) {
  return (
    <View id="plan-limits" className="card">
      <Text className="h2">最晚什么时候接上</Text>
      <Text className="muted small block">
        {fmtMonth(plan.stopAfter)}后停缴；在下面的月份之内恢复缴费（并按规定补缴中间的月份），什么都不会损失。
      </Text>
      {plan.limits.map((l) => (
        <View key={l.key} className="limit" data-key={l.key} data-latest={l.latestResume ?? ''}>
          <Text className="action__title block">
            {CONCERN_LABEL[l.key]}：
            {l.latestResume && l.due
              ? `最晚 ${fmtMonth(l.latestResume)} 接上（${fmtDate(l.due)} 前）`
              : l.unknown
                ? '本地规定未收录'
                : '任何断缴都会受影响'}
          </Text>
          <Text className="muted small block">{l.ifLater}</Text>
        </View>
      ))}
    </View>
  );
}

function CoverCard({ months, asOf }: { months: MonthCell[]; asOf: string }) {
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  return (
    <View id="plan-cover" className="card">
      <Text className="h2">恢复缴费那天的医保</Text>
      <Text className="muted small block">按 {fmtDate(asOf)} 恢复缴费、按时补缴估算</Text>
      <View className="tl">
        {years.map((y) => (
          <View key={y} className="tl__row" data-year={y}>
            <Text className="tl__year">{y}</Text>
            <View className="tl__cells">
              {Array.from({ length: 12 }, (_, i) => {
                const key = `${y}-${String(i + 1).padStart(2, '0')}`;
                const cell = months.find((m) => m.month === key);
                const kind = cell ? CELL[cell.state] : 'blank';
                return <View key={key} className={`tl-cell tl-cell--${kind}`} data-month={key} data-kind={kind} />;
              })}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

function BridgesCard({ plan }: { plan: PlanReport }) {
  return (
    <View id="plan-bridges" className="card">
      <Text className="h2">中间怎么过渡</Text>
      {plan.bridges.map((b) => (
        <View key={b.key} className="option" data-key={b.key}>
          <Text className="action__title block">
            {BRIDGES.find((x) => x.key === b.key)?.label}
            {b.key === plan.bridge ? '（你的选择）' : ''}
            {b.cost ? `：约 ${b.cost.amount} 元` : '：价格未知'}
          </Text>
          <Text className="block">
            能保住：{b.keeps.length ? b.keeps.map((k) => CONCERN_LABEL[k]).join('、') : '无'}
          </Text>
          <Text className="muted small block">{b.cost ? b.cost.basis : b.summary}</Text>
        </View>
      ))}
    </View>
  );
}

export function PlanView({ report, remind }: { report: Report; remind?: RemindControl }) {
  const plan = report.plan;
  if (!plan) return null;
  return (
    <View id="plan" className="report">
      <LimitsCard plan={plan} />
      <ActionsCard report={{ ...report, actions: plan.actions }} remind={remind} />
      {plan.outcome?.medical.months ? (
        <CoverCard months={plan.outcome.medical.months} asOf={plan.outcome.asOf} />
      ) : null}
      <BridgesCard plan={plan} />
    </View>
  );
}
