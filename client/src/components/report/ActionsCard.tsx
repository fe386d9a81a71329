// 接下来要做的事: dated actions, soonest first, each with 提醒我 buttons (one reminder per lead time). On a
// shared page (`countdown` off) only the date is shown: a countdown from the report's day would go stale.
import { View, Text } from '@tarojs/components';
import type { Action, ActionWay, Report } from '../../types/contract';
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

const MARKS = ['①', '②'];

/**
 * One way of an 二选一 to-do on its own line (copy review 3 N40). A way that closes on another day than the to-do
 * has its own 提醒我 (N16): the to-do is dated by the recommended way, the other may close earlier.
 */
function Way({
  a,
  w,
  i,
  today,
  remind,
}: {
  a: Action;
  w: ActionWay;
  i: number;
  today: string;
  remind?: RemindControl;
}) {
  const own: Action | null =
    remind && a.remindable && w.due && w.due !== a.due
      ? { key: `${a.key}-${w.option}`, title: w.text, due: w.due, remindable: true }
      : null;
  const leads = own ? leadTimes(own.due!, today) : [];
  const msgs = leads
    .map((l) => remind!.states[remindKey(own!, l)])
    .filter((s): s is RemindState => !!s && s.status !== 'busy');
  return (
    <View className="action__way" data-option={w.option}>
      <Text className="block">
        {MARKS[i] ?? `${i + 1}.`} {w.text}
      </Text>
      {leads.length > 0 ? <RemindButtons action={own!} leads={leads} remind={remind!} /> : null}
      {msgs.map((m, k) => (
        <Text key={k} className={`action__msg${m.status === 'error' ? ' action__msg--err' : ''}`}>
          {m.message}
        </Text>
      ))}
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
        {a.choices ? (
          <View>
            <Text className="action__title">{a.choices.head}：</Text>
            {a.choices.ways.map((w, i) => (
              <Way key={w.option} a={a} w={w} i={i} today={today} remind={remind} />
            ))}
          </View>
        ) : (
          <Text className="action__title">{a.title}</Text>
        )}
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
