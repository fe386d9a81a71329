// 为什么？: a toggle that shows the engine's sentence for an item or option, with the sources it cites.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { Report } from '../../types/contract';
import { AS_BUTTON } from '../common';
import { SourceRefs } from './SourceLine';

export function Why({
  id,
  summary,
  sources,
  report,
  open: initiallyOpen = false,
}: {
  id: string;
  summary: string;
  sources: string[];
  report: Report;
  open?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <View>
      <View id={id} className="why-toggle tap" {...AS_BUTTON} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '收起' : '为什么？'}
      </View>
      {open ? (
        <View className="why" id={`${id}-body`}>
          <Text className="block">{summary}</Text>
          <SourceRefs ids={sources} report={report} />
        </View>
      ) : null}
    </View>
  );
}
