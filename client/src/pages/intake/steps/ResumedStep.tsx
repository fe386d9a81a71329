// Job change: has the new employer started paying, and from which month? (A closed gap is covered again, with
// back-pay possibly still open.)
import { View, Text } from '@tarojs/components';
import { Choice } from '../../../components/Choice';
import { MonthGrid } from '../../../components/MonthGrid';
import { thisMonth, thisYear } from '../../../utils/dates';
import type { StepProps } from './props';

export function ResumedStep({ a, answer }: StepProps) {
  return (
    <View>
      <Choice id="resumed-none" label="还没有" on={a.resumed === 'none'} onPick={() => answer({ resumed: 'none' })} />
      <Text className="block muted mt">已经开始交了：</Text>
      <MonthGrid
        id="resumed"
        value={a.resumed && a.resumed !== 'none' ? a.resumed : undefined}
        defaultYear={thisYear()}
        maxYear={thisYear()}
        now={thisMonth()}
        onPick={(m) => answer({ resumed: m })}
      />
    </View>
  );
}
