// 我的提醒: the caller's reminders with their state and a cancel button; in H5 also the local outbox (what the
// local runtime "sent" in place of WeChat subscription messages).
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, TopBar, useCare } from '../../components/common';
import {
  cancelReminder,
  isApiError,
  listReminders,
  messageOf,
  type Reminder,
  type ReminderState,
} from '../../services/api';
import { fetchOutbox } from '../../services/cloud';
import { fmtDate, fmtInstant } from '../../utils/dates';
import { leadLabel } from '../../utils/reminders';
import './index.scss';

const STATE: Record<ReminderState, { text: string; tone: string }> = {
  pending: { text: '等待发送', tone: 'tag--info' },
  sending: { text: '正在发送', tone: 'tag--info' },
  sent: { text: '已发送', tone: 'tag--good' },
  refused: { text: '微信拒绝发送', tone: 'tag--bad' },
  failed: { text: '发送失败', tone: 'tag--bad' },
  cancelled: { text: '已取消', tone: '' },
};

interface OutboxMessage {
  _id?: string;
  id?: string;
  sentAt?: string;
  page?: string;
  data?: Record<string, { value?: string }>;
}

function outboxList(body: unknown): OutboxMessage[] {
  if (Array.isArray(body)) return body as OutboxMessage[];
  if (body && typeof body === 'object') {
    for (const k of ['messages', 'items', 'outbox']) {
      const v = (body as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v as OutboxMessage[];
    }
  }
  return [];
}

function ReminderRow({ r, busy, onCancel }: { r: Reminder; busy: boolean; onCancel: () => void }) {
  const st = STATE[r.state] ?? { text: r.state, tone: '' };
  return (
    <View className="reminder" data-id={r.id} data-state={r.state} data-action={r.actionKey}>
      <View className="row">
        <Text className={`tag ${st.tone}`}>{st.text}</Text>
      </View>
      <Text className="reminder__title">{r.title}</Text>
      <Text className="muted small">
        日期 {fmtDate(r.due)} · {leadLabel(r.leadDays)} · {fmtInstant(r.sendAt)} 发送
      </Text>
      {r.lastError && r.state !== 'pending' ? <Text className="muted small block">原因：{r.lastError}</Text> : null}
      {r.state === 'pending' ? (
        <View
          id={`cancel-${r.id}`}
          className={`btn btn--quiet tap mt cancel-btn${busy ? ' btn--busy' : ''}`}
          {...AS_BUTTON}
          onClick={onCancel}
        >
          取消这个提醒
        </View>
      ) : null}
    </View>
  );
}

/** H5 only: what the local runtime "sent" in place of WeChat messages (undefined = loading, null = unavailable). */
function OutboxCard({ outbox }: { outbox: OutboxMessage[] | null | undefined }) {
  return (
    <View id="outbox" className="card">
      <Text className="h2">本地发件箱</Text>
      <Text className="muted small block">本地运行时代替微信发出的提醒消息。</Text>
      {outbox === undefined ? <Text className="muted block mt">正在加载…</Text> : null}
      {outbox === null ? <Text className="muted block mt">发件箱暂时打不开。</Text> : null}
      {outbox && outbox.length === 0 ? (
        <Text id="outbox-empty" className="block mt">
          还没有发出的消息。
        </Text>
      ) : null}
      {(outbox ?? []).map((m, i) => (
        <View key={m._id ?? m.id ?? i} className="outbox-msg">
          {m.sentAt ? <Text className="muted small block">{fmtInstant(m.sentAt)} 发出</Text> : null}
          {Object.values(m.data ?? {}).map((d, j) => (
            <Text key={j} className="block">
              {d?.value ?? ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export default function Reminders() {
  const [care] = useCare();
  const [reminders, setReminders] = useState<Reminder[] | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  // undefined = loading, null = not available
  const [outbox, setOutbox] = useState<OutboxMessage[] | null | undefined>(undefined);

  const load = () => {
    setError('');
    listReminders()
      .then((res) => {
        if (isApiError(res)) setError(res.error.message);
        else setReminders(res.reminders);
      })
      .catch((e: unknown) => setError(messageOf(e)));
    if (process.env.TARO_ENV !== 'weapp') {
      fetchOutbox<unknown>()
        .then((body) => setOutbox(body === null ? null : outboxList(body)))
        .catch(() => setOutbox(null));
    }
  };

  useDidShow(load);

  const cancel = (r: Reminder) => {
    if (busy) return;
    setBusy(r.id);
    cancelReminder(r.id)
      .then((res) => {
        if (isApiError(res)) Taro.showToast({ title: res.error.message, icon: 'none' });
        else setReminders((list) => (list ?? []).map((x) => (x.id === r.id ? res.reminder : x)));
      })
      .catch((e: unknown) => Taro.showToast({ title: messageOf(e), icon: 'none' }))
      .finally(() => setBusy(null));
  };

  return (
    <Page care={care} id="reminders">
      <TopBar id="reminders-back" />
      <Text className="h1">我的提醒</Text>
      <Text className="step-hint">
        {process.env.TARO_ENV === 'weapp'
          ? '到时间会通过微信服务通知提醒你，每次「提醒我」只发一次。'
          : '在浏览器中，提醒会显示在这里和下面的本地发件箱。'}
      </Text>
      {error ? (
        <View id="reminders-error" className="error-box">
          {error}
        </View>
      ) : null}
      <View id="reminder-list" className="card">
        {reminders === null && !error ? <View className="loading">正在加载…</View> : null}
        {reminders && reminders.length === 0 ? (
          <View id="no-reminders">
            <Text className="block">还没有提醒。</Text>
            <Text className="muted">在结果页的「接下来要做的事」里点「提醒我」就能设置。</Text>
          </View>
        ) : null}
        {(reminders ?? []).map((r) => (
          <ReminderRow key={r.id} r={r} busy={busy === r.id} onCancel={() => cancel(r)} />
        ))}
      </View>

      {process.env.TARO_ENV !== 'weapp' ? <OutboxCard outbox={outbox} /> : null}
    </Page>
  );
}
