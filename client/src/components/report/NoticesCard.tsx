// 本地规定说明: which level of rules the answer used, and the engine's notices (estimates, fallbacks, duplicates).
import { View, Text } from '@tarojs/components';
import type { Report } from '../../types/contract';
import { rulesLevelText } from '../../utils/labels';

export function NoticesCard({ report }: { report: Report }) {
  const notices = report.notices ?? [];
  return (
    <View id="notices" className="card">
      <Text className="h2">本地规定说明</Text>
      <Text className="block">
        {report.region.name}：{rulesLevelText(report)}。
      </Text>
      {notices.map((n, i) => (
        <Text key={i} className="notice block">
          {n}
        </Text>
      ))}
      <Text className="muted small block mt">以上是按公开政策估算的结果，办理前请向当地医保局或社保局核实。</Text>
    </View>
  );
}
