// Citations: one source line (title, 文号, link to copy, confidence, the day the text was checked — or that it was never
// opened — and whether it was read on the official page, a reprint or app data), and the list of sources a
// sentence cites. SourceLine is also used by the home page's myth cards.
import { View, Text } from '@tarojs/components';
import type { Report, Source } from '../../types/contract';
import { CONFIDENCE, label, READ_AS } from '../../utils/labels';
import { AS_BUTTON, copy } from '../common';

export function SourceLine({
  source: s,
}: {
  source: Pick<Source, 'title' | 'docNo' | 'url'> &
    Partial<Pick<Source, 'id' | 'confidence' | 'verified' | 'recorded' | 'via' | 'readAs'>>;
}) {
  return (
    <View className="src source" data-id={s.id}>
      <Text className="src__title">
        依据：{s.title}
        {s.docNo ? `（${s.docNo}）` : ''}
      </Text>
      {s.confidence && (s.verified || s.recorded) ? (
        <Text className="muted">
          {label(CONFIDENCE, s.confidence)}，{s.verified ? `核对于 ${s.verified}` : `原文未打开，录入于 ${s.recorded}`}
          {s.readAs ? `；${label(READ_AS, s.readAs)}` : ''}
          {s.via ? `（${s.via}）` : ''}
        </Text>
      ) : null}
      {s.url ? (
        <View className="row">
          <Text className="src__url" userSelect>
            {s.url}
          </Text>
          <View className="why-toggle tap copy-link" {...AS_BUTTON} onClick={() => copy(s.url)}>
            复制链接
          </View>
        </View>
      ) : null}
    </View>
  );
}

export function SourceRefs({ ids, report }: { ids: string[]; report: Report }) {
  const refs = ids.map((id) => (report.sources ?? []).find((s) => s.id === id)).filter((s): s is Source => !!s);
  if (refs.length === 0) {
    return <Text className="muted small block mt">依据：综合各地规定，建议向当地医保局核实。</Text>;
  }
  return (
    <View>
      {refs.map((s) => (
        <SourceLine key={s.id} source={s} />
      ))}
    </View>
  );
}
