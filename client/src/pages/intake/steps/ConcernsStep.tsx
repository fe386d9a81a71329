// What matters to the person (one item of the report each); with the pension concern, optionally gender and
// birth month for the statutory retirement date. The last step: the page shows 查看结果 under it.
import { View, Text } from '@tarojs/components';
import { Chip } from '../../../components/Choice';
import { MonthGrid } from '../../../components/MonthGrid';
import type { Concern } from '../../../types/contract';
import { thisMonth, thisYear } from '../../../utils/dates';
import { asksRetirement, ORIGINAL_AGES } from '../../../utils/intake';
import { CONCERNS } from '../../../utils/labels';
import type { StepProps } from './props';

/** 50 or 55: the job decides it; left unset, the report says 55 was assumed and what 50 would change. */
function OriginalAgeChips({ a, answer }: StepProps) {
  return (
    <View className="chips mt" id="originalAge">
      {ORIGINAL_AGES.map((o) => (
        <Chip
          key={o.age}
          id={`originalAge-${o.age}`}
          label={o.label}
          on={a.originalAge === o.age}
          onToggle={() => answer({ originalAge: a.originalAge === o.age ? undefined : o.age }, false)}
        />
      ))}
    </View>
  );
}

function RetirementFields({ a, answer }: StepProps) {
  return (
    <View id="retirement" className="mt">
      <Text className="block muted">
        选填：填性别和出生年月，可以算出法定退休时间（按延迟退休规定）和到时需要缴满几年；女性再选原来的退休年龄（看岗位）。
      </Text>
      <View className="chips mt">
        {(['male', 'female'] as const).map((g) => (
          <Chip
            key={g}
            id={`gender-${g}`}
            label={g === 'male' ? '男' : '女'}
            on={a.gender === g}
            onToggle={() => answer({ gender: a.gender === g ? undefined : g }, false)}
          />
        ))}
      </View>
      {a.gender === 'female' ? <OriginalAgeChips a={a} answer={answer} /> : null}
      {a.gender ? (
        <MonthGrid
          id="personBirth"
          value={a.personBirth}
          defaultYear={a.personBirth ? Number(a.personBirth.slice(0, 4)) : 1975}
          maxYear={thisYear() - 16}
          minYear={1940}
          now={thisMonth()}
          onPick={(m) => answer({ personBirth: m }, false)}
        />
      ) : null}
    </View>
  );
}

export function ConcernsStep({ a, answer }: StepProps) {
  const list = a.concerns ?? [];
  const toggle = (key: Concern) =>
    answer({ concerns: list.includes(key) ? list.filter((k) => k !== key) : [...list, key] }, false);
  return (
    <View>
      <View className="chips" id="concerns">
        {CONCERNS.map((c) => (
          <Chip
            key={c.key}
            id={`concern-${c.key}`}
            label={c.label}
            on={list.includes(c.key)}
            onToggle={() => toggle(c.key)}
          />
        ))}
      </View>
      {asksRetirement(a) ? <RetirementFields a={a} answer={answer} /> : null}
    </View>
  );
}
