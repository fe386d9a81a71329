// The answer to a what-if plan: the latest month to resume per concern as a dated list (提醒我 through the report's
// action list), the cover picture on the day paying resumes, and the bridges: the engine's summary (with why there
// is no price, when none) and the price's arithmetic. Paints report.plan; computes nothing.
import { View, Text } from '@tarojs/components';
import type { PlanReport, Report } from '../../types/contract';
import { fmtDate, fmtMonth } from '../../utils/dates';
import { formatMoney, NO_PRICE } from '../../utils/labels';
import { BRIDGES, CONCERN_LABEL } from '../../utils/plan';
import type { RemindControl } from '../../utils/reminders';
import { ActionsCard } from '../report/ActionsCard';
import { MonthsCard } from '../report/MonthsCard';

function LimitsCard({ plan }: { plan: PlanReport }) {
  return (
    <View id="plan-limits" className="card">
      <Text className="h2">最晚什么时候接上</Text>
      <Text className="muted small block">
        {fmtMonth(plan.stopAfter)}
        后停缴。下面是每一项最晚哪个月要接上（并按规定补缴中间的月份），才不会清零；养老金每断一个月都会少领一点。
      </Text>
      {plan.limits.map((l) => (
        <View key={l.key} className="limit" data-key={l.key} data-latest={l.latestResume ?? ''}>
          <Text className="action__title block">
            {CONCERN_LABEL[l.key]}：
            {l.latestResume && l.due
              ? `最晚${fmtMonth(l.latestResume)}接上（${fmtDate(l.due)}前）`
              : l.latestResume
                ? '算过的停缴时间内都不会清零'
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

function BridgesCard({ plan }: { plan: PlanReport }) {
  return (
    <View id="plan-bridges" className="card">
      <Text className="h2">中间怎么过渡</Text>
      {plan.bridges.map((b) => (
        <View key={b.key} className="option" data-key={b.key}>
          <Text className="action__title block">
            {BRIDGES.find((x) => x.key === b.key)?.label}
            {b.key === plan.bridge ? '（你的选择）' : ''}
            {b.cost ? `：约 ${formatMoney(b.cost.amount)} 元` : `：${NO_PRICE}`}
          </Text>
          <Text className="block">
            能保住：{b.keeps.length ? b.keeps.map((k) => CONCERN_LABEL[k]).join('、') : '无'}
          </Text>
          <Text className="muted small block bridge__summary">{b.summary}</Text>
          {b.cost?.basis ? <Text className="muted small block bridge__basis">{b.cost.basis}</Text> : null}
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
      <ActionsCard report={report} actions={plan.actions} remind={remind} countdown={!!remind} />
      {plan.outcome ? (
        <View id="plan-cover">
          <Text className="muted small block">下面是{fmtDate(plan.outcome.asOf)}恢复缴费、按时补缴时的医保：</Text>
          <MonthsCard report={{ ...report, asOf: plan.outcome.asOf, medical: plan.outcome.medical }} />
        </View>
      ) : null}
      <BridgesCard plan={plan} />
    </View>
  );
}
