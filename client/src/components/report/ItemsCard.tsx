// 哪些会清零，哪些不会: one row per concerned item, most urgent outcome first, each with its 为什么.
import { View, Text } from '@tarojs/components';
import type { Outcome, Report } from '../../types/contract';
import { ITEM_NAME, OUTCOME, OUTCOME_HINT, label } from '../../utils/labels';
import { Why } from './Why';

const OUTCOME_TONE: Record<Outcome, string> = {
  kept: 'tag--good',
  reset: 'tag--bad',
  atRisk: 'tag--warn',
  unknown: 'tag--warn',
  notApplicable: '',
};
const OUTCOME_ORDER: Outcome[] = ['reset', 'atRisk', 'unknown', 'kept', 'notApplicable'];

export function ItemsCard({ report }: { report: Report }) {
  const items = [...(report.items ?? [])].sort(
    (a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome),
  );
  if (items.length === 0) return null;
  return (
    <View id="items" className="card">
      <Text className="h2">哪些会清零，哪些不会</Text>
      {items.map((it) => (
        <View key={it.key} className={`item outcome--${it.outcome}`} data-key={it.key} data-outcome={it.outcome}>
          <View className="item__head">
            <Text className="item__name">{label(ITEM_NAME, it.key)}</Text>
            <Text className={`tag ${OUTCOME_TONE[it.outcome] ?? ''}`}>{label(OUTCOME, it.outcome)}</Text>
          </View>
          <Text className="item__hint">{label(OUTCOME_HINT, it.outcome)}</Text>
          <Why id={`why-${it.key}`} summary={it.summary} sources={it.sources ?? []} report={report} />
        </View>
      ))}
    </View>
  );
}
