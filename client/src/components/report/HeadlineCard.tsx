// The headline: the engine's one thing to know first (report.headline), the medical status on the day, the region
// and which rules applied. The tone only colours it, by the headline's key.
import { View, Text } from '@tarojs/components';
import type { HeadlineKey, Report } from '../../types/contract';
import { fmtDate } from '../../utils/dates';
import { STATUS, label, rulesLevelText, statusText } from '../../utils/labels';

const TONE: Record<HeadlineKey, 'good' | 'warn' | 'bad'> = {
  covered: 'good',
  coveredWithHoles: 'warn',
  coveredRepairable: 'warn',
  coveredWaitingAhead: 'warn',
  backPayNow: 'warn',
  backPayAsk: 'warn',
  waiting: 'warn',
  employerArrears: 'bad',
  enrolNow: 'bad',
  none: 'bad',
};

export function HeadlineCard({ report }: { report: Report }) {
  // A snapshot shared before contract v2 has no headline: its status stands in (nothing is derived).
  const headline = report.headline ?? { key: 'none', text: label(STATUS, report.medical.status), due: null };
  const tone = TONE[headline.key] ?? 'warn';
  return (
    <View id="headline" className={`card headline headline--${tone}`} data-tone={tone} data-key={headline.key}>
      <Text className="headline__text">{headline.text}</Text>
      <View id="status" className="status-line" data-status={report.medical.status}>
        医保现在：{statusText(report.medical)}
      </View>
      <View className="headline__meta">
        <Text id="region" className="tag tag--info">
          {report.region.name}
        </Text>
        {report.region.province && report.region.province !== report.region.name ? (
          <Text id="province" className="muted small">
            {report.region.province}
          </Text>
        ) : null}
        <Text id="rules-level" data-level={report.region.rulesLevel}>
          {rulesLevelText(report)}
        </Text>
      </View>
      <Text className="muted small block">按{fmtDate(report.asOf)}的情况计算</Text>
    </View>
  );
}
