// The pension card: what the months without pension contribution cost per month after retirement, at today's
// parameters (engine: report.pension.gapEffect), the retirement date, and the formula behind 为什么. Paints the
// engine's numbers; computes nothing.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { Report } from '../../types/contract';
import { fmtDuration, fmtMonth, fmtYears } from '../../utils/dates';
import { AS_BUTTON } from '../common';

function money(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** Years paid: past retirement age, whether they suffice and what to do now (copy review 3 N9); else the projection. */
function YearsLine(p: { reached: boolean; paid: number; projected: number | null; short: number | null }) {
  const short = p.short ? `，还差 ${fmtDuration(p.short)}` : '';
  if (p.reached)
    return (
      <Text id="pension-years" className="block">
        你已到退休年龄，累计缴费约 {fmtDuration(p.paid)}
        {p.short
          ? `${short}，补足前不能按月领养老金；可以延长缴费或一次性补缴，请到社保局问清楚。`
          : '，够按月领养老金，请尽快到社保局办理退休（领取养老金）。'}
      </Text>
    );
  return (
    <Text id="pension-years" className="block">
      已缴约 {fmtDuration(p.paid)}
      {p.projected !== null ? `，一直缴到退休将有约 ${fmtDuration(p.projected)}` : ''}
      {short}。
    </Text>
  );
}

export function PensionCard({ report }: { report: Report }) {
  const [why, setWhy] = useState(false);
  const pension = report.pension;
  if (!pension) return null;
  const { retirement, years, gapEffect } = pension;
  const reached = retirement?.reached === true;
  // Reports shared before the month fields existed carry only the rounded years.
  const paidMonths = years.paidMonths ?? Math.round(years.paid * 12);
  const projectedMonths =
    years.projectedMonths !== undefined
      ? years.projectedMonths
      : years.projected === null
        ? null
        : Math.round(years.projected * 12);
  const noRecord = paidMonths === 0;
  // With no gap there is no price to show (copy review 3 N47).
  const title = gapEffect && gapEffect.months === 0 ? '养老金：没有断缴，缴费年限在累加' : '养老金：断缴的代价';
  return (
    <View id="pension-card" className="card">
      <Text className="h2">{noRecord ? '养老金' : title}</Text>
      <Text className="tag">估算 · 按今天的参数</Text>
      {noRecord ? (
        // No contribution entered (copy review 3 N21): no "not affected" and no 0-元 formula.
        <Text id="pension-headline" className="para block">
          没有填写职工养老缴费记录。{reached ? '已过法定退休年龄，' : ''}
          按月领职工养老金要先交满规定的年限，也可以了解城乡居民养老保险；请到社保局问清楚。
        </Text>
      ) : gapEffect && gapEffect.months > 0 ? (
        <Text id="pension-headline" className="para block">
          按今天的参数估算，{reached ? '退休前' : '这 '}
          {gapEffect.months} 个月的断缴让退休后每月少领约 {money(gapEffect.perMonth)} 元 （基础养老金约{' '}
          {money(gapEffect.basic)} 元，个人账户约 {money(gapEffect.account)} 元）。
        </Text>
      ) : gapEffect ? (
        <Text className="para block">
          {reached ? '退休前没有断缴的月份。' : '目前没有断缴的月份，养老金不受影响。'}
        </Text>
      ) : retirement ? (
        <Text className="para block">当地计发基数没有收录，不估算少领多少；断缴的月份不计入缴费年限。</Text>
      ) : (
        // No retirement date either: the estimate waits for gender and birth month, not for a local value.
        <Text className="para block">断缴的月份不计入缴费年限。</Text>
      )}
      {retirement ? (
        <Text id="pension-retirement" className="block">
          法定退休：{fmtMonth(retirement.month)}（{retirement.age}），那时要累计缴费满{' '}
          {fmtYears(retirement.minimumYears)}
          {retirement.assumed ? '（按原 55 岁估算）' : ''}。
        </Text>
      ) : (
        <Text className="muted small block">填写性别和出生年月后，可以算出退休时间和每月少领多少。</Text>
      )}
      {noRecord ? null : (
        <YearsLine reached={reached} paid={paidMonths} projected={projectedMonths} short={years.shortMonths} />
      )}
      {gapEffect && !noRecord ? (
        <View>
          <View id="pension-why" className="btn btn--quiet tap" {...AS_BUTTON} onClick={() => setWhy(!why)}>
            {why ? '收起' : '为什么'}
          </View>
          {why ? (
            <Text id="pension-why-body" className="muted small block">
              {gapEffect.basis}
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
