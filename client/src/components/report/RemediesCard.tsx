// 现在可以怎么补救: the remedies side by side (can it be done, cost, wait, benefits date, deadline, 补报), open
// ones first. The engine decides each fact; this card only lays them out.
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { Option, Report } from '../../types/contract';
import { FEASIBLE, OPTION_HINT, OPTION_NAME, costWithText, label } from '../../utils/labels';
import { benefitsText, deadlineText, waitText } from '../../utils/option-facts';
import { Why } from './Why';

function Fact({ name, value }: { name: string; value: ReactNode }) {
  return (
    <View className="option__fact">
      <Text className="option__label">{name}</Text>
      <Text className="option__value">{value}</Text>
    </View>
  );
}

/** Employer arrears are the employer's to pay; a closed gap only an employer may still back-pay is theirs to say. */
const employerTitle = (o: Option) => (o.feasible === 'depends' ? '问单位能不能补缴' : '由单位补缴（不用你自己交）');

function OptionCard({ o, report }: { o: Option; report: Report }) {
  return (
    <View
      className={`option option--${o.feasible}${o.recommended ? ' option--best' : ''}`}
      data-key={o.key}
      data-feasible={o.feasible}
      data-recommended={o.recommended ? 'yes' : undefined}
    >
      {o.recommended ? <Text className="option__best">推荐</Text> : null}
      <Text className="option__name">
        {o.key === 'backPay' && o.who === 'employer' ? employerTitle(o) : label(OPTION_NAME, o.key)}
      </Text>
      <Text className="muted small block">{label(OPTION_HINT, o.key)}</Text>
      <Fact name="能不能办" value={label(FEASIBLE, o.feasible)} />
      {o.feasible !== 'no' ? (
        <View>
          <Fact name={o.who === 'employer' ? '单位应补' : '大约花费'} value={costWithText(o, report.options ?? [])} />
          {!o.cost && o.costUnknown ? (
            <Text className="muted small block option__cost-why">{o.costUnknown}</Text>
          ) : null}
          <Fact name="要等多久" value={waitText(o)} />
          <Fact name="哪天起能报销" value={benefitsText(o)} />
          <Fact name="最晚哪天办" value={deadlineText(o)} />
          {typeof o.retroactive === 'boolean' ? (
            <Fact name="断缴期间看病的钱" value={o.retroactive ? '能补报' : '不能补报'} />
          ) : null}
        </View>
      ) : null}
      <Why
        id={`why-option-${o.key}`}
        summary={o.summary}
        sources={o.sources ?? []}
        report={report}
        open={o.feasible === 'no'}
      />
    </View>
  );
}

export function RemediesCard({ report }: { report: Report }) {
  // The engine's recommendation first (contract v3), then open ones; the order only lays out its decision.
  const rank = (o: Option) => (o.recommended ? -1 : o.feasible === 'yes' ? 0 : o.feasible === 'depends' ? 1 : 2);
  // benefitsFrom is a date (YYYY-MM-DD): plain string order. (localeCompare would start ICU's collator on the
  // first result: ~14 ms before the report shows, issue 21.)
  const from = (o: Option) => o.benefitsFrom ?? '9';
  const options = [...(report.options ?? [])].sort(
    (a, b) => rank(a) - rank(b) || (from(a) < from(b) ? -1 : from(a) > from(b) ? 1 : 0),
  );
  if (options.length === 0) return null;
  return (
    <View id="options" className="card">
      <Text className="h2">现在可以怎么补救</Text>
      <Text className="muted small block">
        等待期：交了钱还要等一段时间才能报销，这段时间看病自己付钱。几种办法选一种，不要重复交。
      </Text>
      <View className="options">
        {options.map((o) => (
          <OptionCard key={o.key} o={o} report={report} />
        ))}
      </View>
    </View>
  );
}
