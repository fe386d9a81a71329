// 每个月能不能报销: paints the engine's month-by-month picture (report.medical.months) as it is, one row per
// year, with a legend of the states shown and the hole months and waiting period in words. Nothing is derived
// here: a shared snapshot paints exactly what its owner saw.
import { View, Text } from '@tarojs/components';
import type { MonthCell, MonthState, Report } from '../../types/contract';
import { fmtDate, makeMonth, monthOf } from '../../utils/dates';
import { MONTH_STATE, MONTH_STATE_ORDER, monthStateLabel } from '../../utils/labels';
import { monthsSummary } from '../../utils/months-summary';

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

function Legend({ months, neverInsured }: { months: MonthCell[]; neverInsured: boolean }) {
  const shown = MONTH_STATE_ORDER.filter((s) => months.some((m) => m.state === s));
  const rate = months.find((m) => m.state === 'reduced')?.rate;
  return (
    <View className="legend">
      {shown.map((s: MonthState) => (
        <View key={s} className="legend__item" data-state={s}>
          <View className={`legend__swatch tl-cell tl-cell--${s}`} />
          <Text>
            {s === 'reduced' ? monthStateLabel(s, rate) : s === 'hole' && neverInsured ? NEVER_INSURED : MONTH_STATE[s]}
          </Text>
        </View>
      ))}
      <View className="legend__item">
        <View className="legend__swatch legend__swatch--today tl-cell tl-cell--blank tl-cell--today" />
        <Text>本月</Text>
      </View>
    </View>
  );
}

/** A hole for someone never insured (a newborn not enrolled yet) is not 断缴 (copy review 3 N14). */
const NEVER_INSURED = '没参保，不能报销';

export function MonthsCard({ report }: { report: Report }) {
  const { waiting, months } = report.medical;
  const summary = monthsSummary(report);
  return (
    <View id="timeline" className="card">
      <Text className="h2">每个月能不能报销</Text>
      <Grid months={months ?? []} today={monthOf(report.asOf)} />
      <Legend months={months ?? []} neverInsured={summary.neverInsured} />
      <View className="tl-summary">
        {summary.none ? <Text className="block">没有看病不能报销的月份。</Text> : null}
        {summary.lost ? (
          <Text id="hole-months" className="block">
            {summary.lost}
          </Text>
        ) : null}
        {summary.fixable ? (
          <Text id="repairable-months" className="block">
            {summary.fixable}
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
