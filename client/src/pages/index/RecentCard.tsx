// 最近查过: the caller's recent results (one per distinct situation); tapping one evaluates it again for today.
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON } from '../../components/common';
import { evaluate, isApiError, listHistory, messageOf, type HistoryItem } from '../../services/api';
import { setCurrent } from '../../services/storage';
import { isEvaluateError, isReport, type Situation } from '../../types/contract';
import { fmtDate, fmtInstant } from '../../utils/dates';
import { STATUS, label } from '../../utils/labels';
import { describeSituation } from '../../utils/situation';

/** One entry per distinct situation (re-opening a result evaluates it again, which adds a history entry). */
function distinct(items: HistoryItem[]): HistoryItem[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const key = JSON.stringify(withoutAsOf(it.situation));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutAsOf(s: Situation): Situation {
  const { asOf: _asOf, ...rest } = s as Situation & { asOf?: string };
  return rest;
}

function RecentRow({ it, opening, onOpen }: { it: HistoryItem; opening: boolean; onOpen: () => void }) {
  const h = it.headline;
  return (
    <View className="recent tap" data-id={it.id} {...AS_BUTTON} onClick={onOpen}>
      <View className="recent__body">
        <Text className="recent__city">{h.city}</Text>
        <Text className="small">{h.text ?? label(STATUS, h.status)}</Text>
        <Text className="muted small block">
          {describeSituation(it.situation)}
          {h.holes > 0 ? ` · ${h.holes} 个月不能报销` : ''}
          {h.benefitsFrom ? ` · ${fmtDate(h.benefitsFrom)}起能报销` : ''}
        </Text>
        <Text className="muted small block">{fmtInstant(it.createdAt)} 查询</Text>
      </View>
      <Text className="recent__go">{opening ? '打开中…' : '查看 ›'}</Text>
    </View>
  );
}

export function RecentCard() {
  const [history, setHistory] = useState<HistoryItem[] | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState('');

  useDidShow(() => {
    listHistory()
      .then((res) => setHistory(isApiError(res) ? [] : distinct(res.items).slice(0, 5)))
      .catch(() => setHistory([]));
  });

  const open = (it: HistoryItem) => {
    if (opening) return;
    setOpening(it.id);
    setError('');
    const situation = withoutAsOf(it.situation);
    evaluate(situation)
      .then((res) => {
        if (isEvaluateError(res)) setError(res.error.message);
        else if (isReport(res)) {
          setCurrent({ situation, report: res });
          Taro.navigateTo({ url: '/pages/result/index' });
        }
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setOpening(null));
  };

  if (!history || history.length === 0) return null;
  return (
    <View id="recent" className="card">
      <Text className="h2">最近查过</Text>
      {history.map((it) => (
        <RecentRow key={it.id} it={it} opening={opening === it.id} onOpen={() => open(it)} />
      ))}
      {error ? (
        <View id="recent-error" className="error-box">
          {error}
        </View>
      ) : null}
    </View>
  );
}
