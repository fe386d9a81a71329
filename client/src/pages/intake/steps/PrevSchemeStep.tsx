// Before switching to 居民医保: was the 职工医保 paid by an employer or by the person as 灵活就业?
import { View } from '@tarojs/components';
import { Choice } from '../../../components/Choice';
import type { StepProps } from './props';

export function PrevSchemeStep({ a, answer }: StepProps) {
  return (
    <View>
      <Choice
        id="prev-employee"
        label="单位交的"
        hint="上班时单位每月代扣代缴"
        on={a.prevScheme === 'employee'}
        onPick={() => answer({ prevScheme: 'employee' })}
      />
      <Choice
        id="prev-flexible"
        label="自己交的"
        hint="以灵活就业身份（没有单位，自己交职工医保）"
        on={a.prevScheme === 'flexible'}
        onPick={() => answer({ prevScheme: 'flexible' })}
      />
    </View>
  );
}
