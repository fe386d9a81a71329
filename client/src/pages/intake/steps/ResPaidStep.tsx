// When the 居民医保 was paid: the month, then the day (a waiting period runs from the day paid, so the day
// decides the day benefits start). A day the user cannot find is estimated (see utils/situation.ts).
import { View, Text } from '@tarojs/components';
import { Choice } from '../../../components/Choice';
import { DayGrid, MonthGrid } from '../../../components/MonthGrid';
import { fmtMonth, thisMonth, thisYear, todayInChina } from '../../../utils/dates';
import type { StepProps } from './props';

export function ResPaidStep({ a, answer }: StepProps) {
  const month = a.resPaid && a.resPaid !== 'none' ? a.resPaid : undefined;
  return (
    <View>
      <MonthGrid
        id="resPaid"
        value={month}
        defaultYear={thisYear()}
        maxYear={thisYear()}
        now={thisMonth()}
        onPick={(m) => answer({ resPaid: m, resPaidDay: undefined }, false)}
      />
      {month ? (
        <View id="resPaidDay" className="mt">
          <Text className="section-label">再选{fmtMonth(month)}的哪一天</Text>
          <DayGrid
            id="resPaidDay-grid"
            month={month}
            value={typeof a.resPaidDay === 'number' ? a.resPaidDay : undefined}
            today={todayInChina()}
            onPick={(d) => answer({ resPaidDay: d })}
          />
          <Choice
            id="respaid-day-unknown"
            className="mt"
            label="查不到是哪天"
            hint="按 15 日估算（本月按今天），开始报销的日子可能前后差半个月"
            on={a.resPaidDay === 'unknown'}
            onPick={() => answer({ resPaidDay: 'unknown' })}
          />
        </View>
      ) : null}
      {a.event === 'newborn' ? (
        <Choice
          id="respaid-none"
          className="mt"
          label="还没交"
          on={a.resPaid === 'none'}
          onPick={() => answer({ resPaid: 'none', resPaidDay: undefined })}
        />
      ) : null}
    </View>
  );
}
