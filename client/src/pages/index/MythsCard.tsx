// 常见说法，对不对？: myth cards, one open at a time, each answer with its sources (data/myths.ts).
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON } from '../../components/common';
import { SourceLine } from '../../components/report/SourceLine';
import { MYTHS } from '../../data/myths';

export function MythsCard() {
  const [openMyth, setOpenMyth] = useState<number | null>(null);
  return (
    <View id="myths" className="card care-hide">
      <Text className="h2">常见说法，对不对？</Text>
      {MYTHS.map((m, i) => {
        const open = openMyth === i;
        return (
          <View key={i} className="myth" data-index={i}>
            <View
              id={`myth-${i}`}
              className="myth__q tap"
              {...AS_BUTTON}
              aria-expanded={open}
              onClick={() => setOpenMyth(open ? null : i)}
            >
              <Text className="myth__qtext">{m.q}</Text>
              <Text className={`tag tag--${m.tone}`}>{m.verdict}</Text>
            </View>
            {open ? (
              <View className="myth__a" id={`myth-${i}-answer`}>
                <Text className="block">{m.a}</Text>
                {m.sources.map((s) => (
                  <SourceLine key={s.title} source={s} />
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
