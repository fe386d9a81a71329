// The headline: the one thing to know first, the medical status on the day, the region and which rules applied.
import { View, Text } from '@tarojs/components';
import type { Report } from '../../types/contract';
import { fmtDate } from '../../utils/dates';
import { headlineOf } from '../../utils/headline';
import { STATUS, label, rulesLevelText } from '../../utils/labels';

export function HeadlineCard({ report }: { report: Report }) {
  const h = headlineOf(report);
  return (
    <View id="headline" className={`card headline headline--${h.tone}`} data-tone={h.tone}>
      <Text className="headline__text">{h.text}</Text>
      <Text className="headline__detail">{h.detail}</Text>
      <View id="status" className="status-line" data-status={report.medical.status}>
        医保现在：{label(STATUS, report.medical.status)}
      </View>
      <View className="headline__meta">
        <Text id="region" className="tag tag--info">
          {report.region.name}
        </Text>
        <Text id="rules-level" data-level={report.region.rulesLevel}>
          {rulesLevelText(report)}
        </Text>
      </View>
      <Text className="muted small block">按 {fmtDate(report.asOf)} 的情况计算</Text>
    </View>
  );
}
