// 每个月能不能报销: the month-by-month picture of medical cover, its legend and a summary in words.
import { View, Text } from '@tarojs/components';
import type { Report, Situation } from '../../types/contract';
import { fmtDate, fmtRange, fmtShortDate, monthRanges } from '../../utils/dates';
import { KIND_LABEL, buildTimeline, type CellKind } from '../../utils/timeline';

const SWATCH: Record<Exclude<CellKind, 'blank'>, string> = {
  paid: 'tl-cell--paid',
  restored: 'tl-cell--restored',
  hole: 'tl-cell--hole',
  fixable: 'tl-cell--fixable',
  waiting: 'tl-cell--waiting',
  none: 'tl-cell--none',
  future: 'tl-cell--future',
};

export function TimelineCard({ report, situation }: { report: Report; situation: Situation | null }) {
  const { rows, kinds } = buildTimeline(report, situation);
  const holes = report.medical.holeMonths ?? [];
  const ranges = monthRanges(holes);
  const waiting = report.medical.waiting;
  const backPay = (report.options ?? []).find(
    (o) => o.key === 'backPay' && o.feasible === 'yes' && o.retroactive && o.deadline && o.deadline >= report.asOf,
  );
  return (
    <View id="timeline" className="card">
      <Text className="h2">每个月能不能报销</Text>
      <View className="tl" aria-label="每月医保保障情况">
        <View className="tl__head">
          <Text className="tl__year">月份</Text>
          <View className="tl__cells">
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => (
              <Text key={n} className="tl__num">
                {n === 1 || n % 3 === 0 ? n : ''}
              </Text>
            ))}
          </View>
        </View>
        {rows.map((r) => (
          <View key={r.year} className="tl__row" data-year={r.year}>
            <Text className="tl__year">{r.year}</Text>
            <View className="tl__cells">
              {r.cells.map((c) => (
                <View
                  key={c.month}
                  className={`tl-cell tl-cell--${c.kind}${c.today ? ' tl-cell--today' : ''}`}
                  data-month={c.month}
                  data-kind={c.kind}
                />
              ))}
            </View>
          </View>
        ))}
      </View>
      <View className="legend">
        {kinds.map((k) => (
          <View key={k} className="legend__item">
            <View className={`legend__swatch tl-cell ${SWATCH[k as Exclude<CellKind, 'blank'>]}`} />
            <Text>{KIND_LABEL[k as Exclude<CellKind, 'blank'>]}</Text>
          </View>
        ))}
        <View className="legend__item">
          <View className="legend__swatch legend__swatch--today tl-cell tl-cell--blank tl-cell--today" />
          <Text>本月</Text>
        </View>
      </View>
      <View className="tl-summary">
        {holes.length === 0 ? (
          <Text className="block">没有看病不能报销的月份。</Text>
        ) : (
          <Text id="hole-months" className="block">
            看病不能报销：{ranges.slice(0, 3).map(fmtRange).join('、')}
            {ranges.length > 3 ? ' 等' : ''}，共 {holes.length} 个月。
          </Text>
        )}
        {waiting ? (
          <Text id="waiting" className="block mt">
            其中有待遇等待期（缴费后要等一段时间才能报销）{waiting.months} 个月，{fmtDate(waiting.benefitsFrom)}
            起能报销。
          </Text>
        ) : null}
        {backPay ? (
          <Text className="block mt">
            {fmtShortDate(backPay.deadline!, report.asOf)}前补缴，断缴这几个月看病的钱也能按规定报销（图中条纹格）。
          </Text>
        ) : null}
      </View>
    </View>
  );
}
