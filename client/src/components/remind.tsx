// 提醒我: one tap = one reminder for one lead time.
//   weapp: Taro.requestSubscribeMessage inside the tap handler (WeChat only shows the prompt for a user tap),
//          then reminders.create with accepted = (answer for the template === 'accept').
//   H5:    a confirm sheet explains where the reminder shows up, then reminders.create with accepted = true.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { Action } from '../types/contract';
import {
  createReminder,
  forgetReminderTemplate,
  isApiError,
  loadReminderTemplate,
  messageOf,
  reminderTemplate,
} from '../services/api';
import { fmtInstant } from '../utils/dates';
import {
  leadLabel,
  remindKey,
  subscribeFailureMessage,
  type RemindControl,
  type RemindState,
} from '../utils/reminders';
import { AS_BUTTON } from './common';

/** weapp: the template id the reminders function answered, or null while it has not (then it is asked again). */
function readyTemplateId(): string | null {
  const template = reminderTemplate();
  if (!template) loadReminderTemplate().catch(() => undefined);
  return template?.templateId ?? null;
}

interface Pending {
  action: Action;
  lead: number;
}

export function useRemind(): { control: RemindControl; sheet: JSX.Element | null } {
  const [states, setStates] = useState<Record<string, RemindState>>({});
  const [pending, setPending] = useState<Pending | null>(null);

  const set = (key: string, s: RemindState) => setStates((prev) => ({ ...prev, [key]: s }));

  // weapp: the template id comes from the reminders function; fetched now, so a tap can use it at once.
  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') loadReminderTemplate().catch(() => undefined);
  }, []);

  const create = (action: Action, lead: number, accepted: boolean) => {
    const key = remindKey(action, lead);
    set(key, { status: 'busy', message: '' });
    createReminder({
      actionKey: action.key,
      title: action.title.slice(0, 60),
      due: action.due!,
      leadDays: lead,
      accepted,
    })
      .then((res) => {
        if (isApiError(res)) {
          const message =
            res.error.code === 'NOT_ACCEPTED'
              ? '没有允许发送提醒，这次不会提醒你。需要时可以再点一次。'
              : res.error.message;
          set(key, { status: 'error', message });
        } else {
          set(key, {
            status: 'done',
            message: `已设置，${fmtInstant(res.reminder.sendAt)} 提醒你。可在「我的提醒」里查看或取消。`,
          });
        }
      })
      .catch((e: unknown) => set(key, { status: 'error', message: messageOf(e) }));
  };

  const onRemind = (action: Action, lead: number) => {
    if (!action.due) return;
    if (process.env.TARO_ENV === 'weapp') {
      const templateId = readyTemplateId();
      if (!templateId) {
        set(remindKey(action, lead), { status: 'error', message: '提醒功能正在准备，请稍后再点一次。' });
        return;
      }
      // Must run synchronously in the tap handler: WeChat refuses the prompt otherwise.
      Taro.requestSubscribeMessage({
        tmplIds: [templateId],
      } as unknown as Taro.requestSubscribeMessage.Option)
        .then((res) => {
          const answer = (res as unknown as Record<string, string>)[templateId];
          create(action, lead, answer === 'accept');
        })
        .catch((e: { errCode?: number; errMsg?: string }) => {
          console.error('requestSubscribeMessage failed', e?.errCode, e?.errMsg);
          // A template that does not exist (20001) may have been replaced since it was fetched: ask again next tap.
          if (e?.errCode === 20001) forgetReminderTemplate();
          set(remindKey(action, lead), { status: 'error', message: subscribeFailureMessage(e?.errCode) });
        });
      return;
    }
    setPending({ action, lead });
  };

  const sheet = pending ? (
    <RemindSheet
      pending={pending}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null);
        create(pending.action, pending.lead, true);
      }}
    />
  ) : null;

  return { control: { onRemind, states }, sheet };
}

/** H5: confirms where the reminder will show up before creating it. */
function RemindSheet({
  pending,
  onCancel,
  onConfirm,
}: {
  pending: Pending;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <View id="remind-sheet" className="mask" onClick={onCancel}>
      <View className="sheet" onClick={(e) => e.stopPropagation()}>
        <Text className="sheet__title">设置提醒</Text>
        <Text className="sheet__text">
          {leadLabel(pending.lead)}上午 9 点提醒你：{pending.action.title}
        </Text>
        <Text className="sheet__text muted">在浏览器中，提醒会显示在「我的提醒」和本地发件箱。</Text>
        <View className="btn-row mt">
          <View id="remind-cancel" className="btn btn--quiet tap" {...AS_BUTTON} onClick={onCancel}>
            取消
          </View>
          <View id="remind-ok" className="btn btn--primary tap" {...AS_BUTTON} onClick={onConfirm}>
            确定
          </View>
        </View>
      </View>
    </View>
  );
}
