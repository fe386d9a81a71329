// 接下来要做的事: dated actions, soonest first, each with 提醒我 buttons (one reminder per lead time). On a
// shared page (`countdown` off) only the date is shown: a countdown from the report's day would go stale.
import { View, Text } from '@tarojs/components';
import type { Action, Report } from '../../types/contract';
import { countdownText, fmtShortDate } from '../../utils/dates';
import { leadLabel, leadTimes, remindKey, type RemindControl, type RemindState } from '../../utils/reminders';
import { AS_BUTTON } from '../common';

function DueDate({ a, today, countdown }: { a: Action; today: string; countdown: boolean }) {
  if (!a.due) return <View className="action__date action__date--none">随时</View>;
  return (
    <View className="action__date">
      {fmtShortDate(a.due, today)}
      {countdown ? <Text className="action__days">{countdownText(today, a.due, a.asap)}</Text> : null}
    </View>
  );
}

function RemindButtons({ action, leads, remind }: { action: Action; leads: number[]; remind: RemindControl }) {
  return (
    <View className="remind-row">
      <Text className="remind-row__label">提醒我：</Text>
      {leads.map((l) => {
        const st = remind.states[remindKey(action, l)];
        const done = st?.status === 'done';
        return (
          <View
            key={l}
            id={`remind-${action.key}-${l}`}
            className={`btn tap remind-btn${done ? ' btn--done' : ''}${st?.status === 'busy' ? ' btn--busy' : ''}`}
            data-lead={l}
            {...AS_BUTTON}
            onClick={() => {
              if (!done && st?.status !== 'busy') remind.onRemind(action, l);
            }}
          >
            {done ? `✓ ${leadLabel(l)}` : leadLabel(l)}
          </View>
        );
      })}
    </View>
  );
}

function ActionRow({
  a,
  today,
  remind,
  countdown,
}: {
  a: Action;
  today: string;
  remind?: RemindControl;
  countdown: boolean;
}) {
  const leads = remind && a.remindable && a.due ? leadTimes(a.due, today) : [];
  const msgs = leads
    .map((l) => remind!.states[remindKey(a, l)])
    .filter((s): s is RemindState => !!s && s.status !== 'busy');
  return (
    <View className="action" data-key={a.key}>
      <DueDate a={a} today={today} countdown={countdown} />
      <View className="action__body">
        {a.alternatives?.length ? <Text className="action__tag">二选一</Text> : null}
        <Text className="action__title">{a.title}</Text>
        {leads.length > 0 ? <RemindButtons action={a} leads={leads} remind={remind!} /> : null}
        {msgs.map((m, i) => (
          <Text
            key={i}
            id={`remind-msg-${a.key}-${i}`}
            className={`action__msg${m.status === 'error' ? ' action__msg--err' : ''}`}
          >
            {m.message}
          </Text>
        ))}
      </View>
    </View>
  );
}

export function ActionsCard({
  report,
  actions = report.actions ?? [],
  remind,
  countdown = true,
}: {
  report: Report;
  actions?: Action[];
  remind?: RemindControl;
  countdown?: boolean;
}) {
  if (actions.length === 0) return null;
  return (
    <View id="actions" className="card">
      <Text className="h2">接下来要做的事</Text>
      {actions.map((a) => (
        <ActionRow key={a.key} a={a} today={report.asOf} remind={remind} countdown={countdown} />
      ))}
    </View>
  );
}
