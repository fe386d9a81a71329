// What happened: the event decides which questions follow (see ../steps.ts) and the default concerns.
import { View } from '@tarojs/components';
import { Choice } from '../../../components/Choice';
import { EVENTS, defaultConcerns } from '../../../utils/intake';
import type { StepProps } from './props';

export function EventStep({ a, answer }: StepProps) {
  return (
    <View>
      {EVENTS.map((e) => (
        <Choice
          key={e.key}
          id={`event-${e.key}`}
          label={e.label}
          hint={e.hint}
          on={a.event === e.key}
          onPick={() =>
            answer({ event: e.key, concerns: a.event === e.key && a.concerns ? a.concerns : defaultConcerns(e.key) })
          }
        />
      ))}
    </View>
  );
}
