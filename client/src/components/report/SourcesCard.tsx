// 全部政策依据: every source the report cites, behind one toggle.
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { Report } from '../../types/contract';
import { AS_BUTTON } from '../common';
import { SourceLine } from './SourceLine';

export function SourcesCard({ report }: { report: Report }) {
  const sources = report.sources ?? [];
  const [open, setOpen] = useState(false);
  if (sources.length === 0) return null;
  return (
    <View id="sources" className="card">
      <View className="row">
        <Text className="h2">全部政策依据（{sources.length}）</Text>
        <View id="sources-toggle" className="why-toggle tap" {...AS_BUTTON} onClick={() => setOpen(!open)}>
          {open ? '收起' : '展开'}
        </View>
      </View>
      {open ? sources.map((s) => <SourceLine key={s.id} source={s} />) : null}
    </View>
  );
}
