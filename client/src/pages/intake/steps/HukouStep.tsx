// 户口: local, not local, or skipped (buying a home, 落户 and school rules depend on it).
import { View } from '@tarojs/components';
import { Choice } from '../../../components/Choice';
import type { StepProps } from './props';

const HUKOU = [
  ['local', '是，本地户口'],
  ['nonlocal', '不是，外地户口'],
  ['unknown', '不确定 / 跳过'],
] as const;

export function HukouStep({ a, answer }: StepProps) {
  return (
    <View>
      {HUKOU.map(([key, text]) => (
        <Choice key={key} id={`hukou-${key}`} label={text} on={a.hukou === key} onPick={() => answer({ hukou: key })} />
      ))}
    </View>
  );
}
