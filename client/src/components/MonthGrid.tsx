// Tappable year and month grids (the weui picker is unreliable in H5; these work the same in weapp and H5).
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { fmtMonth, makeDate, makeMonth } from '../utils/dates';
import { AS_BUTTON } from './common';
import './MonthGrid.scss';

const PAGE = 12;

/** Years newest first, 12 per page, with 更早/更近 paging. */
function YearCells({
  id,
  selected,
  maxYear,
  minYear,
  dimAfter,
  onPick,
}: {
  id: string;
  selected?: number;
  maxYear: number;
  minYear: number;
  dimAfter?: number;
  onPick: (y: number) => void;
}) {
  const pageOf = (y: number) => Math.max(0, Math.floor((maxYear - y) / PAGE));
  const [page, setPage] = useState(selected ? pageOf(selected) : 0);
  const top = maxYear - page * PAGE;
  const years: number[] = [];
  for (let y = top; y > top - PAGE && y >= minYear; y--) years.push(y);
  return (
    <View>
      <View className="grid4">
        {years.map((y) => (
          <View
            key={y}
            className={`cell tap year-cell${y === selected ? ' cell--on' : ''}${dimAfter && y > dimAfter ? ' cell--dim' : ''}`}
            data-year={y}
            {...AS_BUTTON}
            onClick={() => onPick(y)}
          >
            {y}
          </View>
        ))}
      </View>
      <View className="grid-nav">
        {page > 0 ? (
          <View id={`${id}-later`} className="link tap" {...AS_BUTTON} onClick={() => setPage(page - 1)}>
            ‹ 更近的年份
          </View>
        ) : (
          <View />
        )}
        {top - PAGE >= minYear ? (
          <View id={`${id}-earlier`} className="link tap" {...AS_BUTTON} onClick={() => setPage(page + 1)}>
            更早的年份 ›
          </View>
        ) : null}
      </View>
    </View>
  );
}

export function YearGrid({
  id,
  value,
  maxYear,
  minYear = 1990,
  onPick,
}: {
  id: string;
  value?: number;
  maxYear: number;
  minYear?: number;
  onPick: (y: number) => void;
}) {
  return (
    <View id={id} className="ygrid">
      <YearCells id={id} selected={value} maxYear={maxYear} minYear={minYear} onPick={onPick} />
      {value ? <Text className="picked">已选：{value} 年</Text> : null}
    </View>
  );
}

/**
 * Pick a year (defaults to `defaultYear`), then a month. Months after `now` are shown dashed but still tappable,
 * so choosing one explains why it cannot be used instead of silently doing nothing.
 */
export function MonthGrid({
  id,
  value,
  defaultYear,
  maxYear,
  minYear = 1990,
  now,
  onPick,
}: {
  id: string;
  value?: string;
  defaultYear: number;
  maxYear: number;
  minYear?: number;
  /** The current month: later months are dimmed. */
  now: string;
  onPick: (m: string) => void;
}) {
  const [year, setYear] = useState(value ? Number(value.slice(0, 4)) : defaultYear);
  return (
    <View id={id} className="mgrid" data-year={year}>
      <Text className="section-label">先选年份</Text>
      <YearCells
        id={id}
        selected={year}
        maxYear={maxYear}
        minYear={minYear}
        dimAfter={Number(now.slice(0, 4))}
        onPick={setYear}
      />
      <Text className="section-label">再选 {year} 年的月份</Text>
      <View className="grid4">
        {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => {
          const m = makeMonth(year, n);
          return (
            <View
              key={m}
              className={`cell tap month-cell${m === value ? ' cell--on' : ''}${m > now ? ' cell--dim' : ''}`}
              data-month={m}
              {...AS_BUTTON}
              onClick={() => onPick(m)}
            >
              {n}月
            </View>
          );
        })}
      </View>
      {value ? <Text className="picked">已选：{fmtMonth(value)}</Text> : null}
    </View>
  );
}

/** The days of `month` (a "YYYY-MM"); days after `today` are dimmed (still tappable, so the check can say why). */
export function DayGrid({
  id,
  month,
  value,
  today,
  onPick,
}: {
  id: string;
  month: string;
  value?: number;
  today: string;
  onPick: (day: number) => void;
}) {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return (
    <View id={id} className="grid4 grid4--days">
      {Array.from({ length: days }, (_, i) => i + 1).map((d) => (
        <View
          key={d}
          className={`cell tap day-cell${d === value ? ' cell--on' : ''}${makeDate(month, d) > today ? ' cell--dim' : ''}`}
          data-day={d}
          {...AS_BUTTON}
          onClick={() => onPick(d)}
        >
          {d}
        </View>
      ))}
    </View>
  );
}
