// 每个月能不能报销: paints the engine's month-by-month picture (report.medical.months) as it is, one row per
// year, with a legend of the states shown and the hole months and waiting period in words. Nothing is derived
// here: a shared snapshot paints exactly what its owner saw.
import { View, Text } from '@tarojs/components';
import type { MonthCell, MonthState, Report } from '../../types/contract';
import { fmtDate, fmtRange, makeMonth, monthOf, monthRanges } from '../../utils/dates';
import { MONTH_STATE, MONTH_STATE_ORDER, monthStateLabel } from '../../utils/labels';

interface Row {
  year: number;
  cells: (MonthCell | null)[];
}

/** Whole years, January to December; months outside the picture are blank. */
function rowsOf(months: MonthCell[]): Row[] {
  if (months.length === 0) return [];
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const first = Number(months[0].month.slice(0, 4));
  const last = Number(months[months.length - 1].month.slice(0, 4));
  const rows: Row[] = [];
  for (let y = first; y <= last; y++) {
    rows.push({ year: y, cells: Array.from({ length: 12 }, (_, i) => byMonth.get(makeMonth(y, i + 1)) ?? null) });
  }
  return rows;
}

function Grid({ months, today }: { months: MonthCell[]; today: string }) {
  return (
    <View className="tl" aria-label="每月医保保障情况">
      <View className="tl__head">
        <Text className="tl__year">月份</Text>
        <View className="tl__cells">
          {Array.from({ length: 12 }, (_, i) => (
            <Text key={i} className="tl__num">
              {i === 0 || (i + 1) % 3 === 0 ? i + 1 : ''}
            </Text>
          ))}
        </View>
      </View>
      {rowsOf(months).map((r) => (
        <View key={r.year} className="tl__row" data-year={r.year}>
          <Text className="tl__year">{r.year}</Text>
          <View className="tl__cells">
            {r.cells.map((c, i) =>
              c ? (
                <View
                  key={c.month}
                  className={`tl-cell tl-cell--${c.state}${c.month === today ? ' tl-cell--today' : ''}`}
                  data-month={c.month}
                  data-state={c.state}
                />
              ) : (
                <View key={i} className="tl-cell tl-cell--blank" />
              ),
            )}
          </View>
        </View>
      ))}
    </View>
  );
}

function Legend({ months }: { months: MonthCell[] }) {
  const shown = MONTH_STATE_ORDER.filter((s) => months.some((m) => m.state === s));
  const rate = months.find((m) => m.state === 'reduced')?.rate;
  return (
    <View className="legend">
      {shown.map((s: MonthState) => (
        <View key={s} className="legend__item" data-state={s}>
          <View className={`legend__swatch tl-cell tl-cell--${s}`} />
          <Text>{s === 'reduced' ? monthStateLabel(s, rate) : MONTH_STATE[s]}</Text>
        </View>
      ))}
      <View className="legend__item">
        <View className="legend__swatch legend__swatch--today tl-cell tl-cell--blank tl-cell--today" />
        <Text>本月</Text>
      </View>
    </View>
  );
}

/** The months painted in a state, as the engine painted them (copy review H6: repairable months are not lost). */
const inState = (months: MonthCell[], state: MonthState) => months.filter((m) => m.state === state).map((m) => m.month);

export function MonthsCard({ report }: { report: Report }) {
  const { holeMonths, waiting, months } = report.medical;
  // Without a picture (a snapshot made before v2) every hole month is listed as before.
  const repairable = months ? inState(months, 'repairable') : [];
  const lost = (holeMonths ?? []).filter((m) => !repairable.includes(m));
  const ranges = monthRanges(lost);
  const fixable = monthRanges(repairable);
  return (
    <View id="timeline" className="card">
      <Text className="h2">每个月能不能报销</Text>
      <Grid months={months ?? []} today={monthOf(report.asOf)} />
      <Legend months={months ?? []} />
      <View className="tl-summary">
        {ranges.length === 0 && fixable.length === 0 ? <Text className="block">没有看病不能报销的月份。</Text> : null}
        {ranges.length > 0 ? (
          <Text id="hole-months" className="block">
            看病不能报销：{ranges.slice(0, 3).map(fmtRange).join('、')}
            {ranges.length > 3 ? ' 等' : ''}，共 {lost.length} 个月。
          </Text>
        ) : null}
        {fixable.length > 0 ? (
          <Text id="repairable-months" className="block">
            现在补缴就能报：{fixable.slice(0, 3).map(fmtRange).join('、')}
            {fixable.length > 3 ? ' 等' : ''}，共 {repairable.length} 个月。
          </Text>
        ) : null}
        {waiting ? (
          <Text id="waiting" className="block mt">
            等待期（交了钱还要等一段时间才能报销）{waiting.days ? `${waiting.days} 天` : `${waiting.months} 个月`}，
            {waiting.estimated ? '约' : ''}
            {fmtDate(waiting.benefitsFrom)}起能报销
            {typeof waiting.rate === 'number' ? `，等待期内按 ${Math.round(waiting.rate * 100)}% 报销` : ''}。
          </Text>
        ) : null}
        {waiting?.reading ? (
          <Text id="waiting-reading" className="muted small block mt">
            怎么算的：{waiting.reading}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
