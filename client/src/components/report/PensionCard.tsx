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

export function PensionCard({ report }: { report: Report }) {
  const [why, setWhy] = useState(false);
  const pension = report.pension;
  if (!pension) return null;
  const { retirement, years, gapEffect } = pension;
  return (
    <View id="pension-card" className="card">
      <Text className="h2">养老金：断缴的代价</Text>
      <Text className="tag">估算 · 按今天的参数</Text>
      {gapEffect && gapEffect.months > 0 ? (
        <Text id="pension-headline" className="para block">
          按今天的参数估算，这 {gapEffect.months} 个月的断缴让退休后每月少领约 {money(gapEffect.perMonth)} 元
          （基础养老金约 {money(gapEffect.basic)} 元，个人账户约 {money(gapEffect.account)} 元）。
        </Text>
      ) : gapEffect ? (
        <Text className="para block">目前没有断缴的月份，养老金不受影响。</Text>
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
      <Text className="block">
        已缴约 {fmtYears(years.paid)}
        {years.projected !== null ? `，一直缴到退休约 ${fmtYears(years.projected)}` : ''}
        {years.shortMonths ? `，还差 ${fmtDuration(years.shortMonths)}` : ''}。
      </Text>
      {gapEffect ? (
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
