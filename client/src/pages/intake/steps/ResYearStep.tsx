// 居民医保 after the gap (or after leaving 职工医保): which insured year was paid, or not yet.
import { View } from '@tarojs/components';
import { Choice } from '../../../components/Choice';
import { thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

const WHEN: Record<number, string> = { 1: '（明年）', 0: '（今年）', [-1]: '（去年）' };

export function ResYearStep({ a, answer }: StepProps) {
  const year = thisYear();
  const years = [year + 1, year, year - 1].filter((y) => a.event !== 'residentGap' || !a.resTo || y > a.resTo);
  return (
    <View>
      {years.map((y) => (
        <Choice
          key={y}
          id={`resyear-${y}`}
          label={`${y} 年的${WHEN[y - year]}`}
          on={a.resYear === y}
          onPick={() => answer({ resYear: y })}
        />
      ))}
      <Choice
        id="resyear-none"
        label="还没交"
        hint="结果会告诉你什么时候交、交了以后哪天能报销"
        on={a.resYear === 'none'}
        onPick={() => answer({ resYear: 'none', resPaid: undefined, resPaidDay: undefined })}
      />
    </View>
  );
}
