// The result screen's parts, shared by the result page and the read-only shared page.
import { useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { Action, Item, Option, Outcome, Report, Situation, Source } from '../types/contract';
import {
  CONFIDENCE,
  FEASIBLE,
  ITEM_NAME,
  OPTION_HINT,
  OPTION_NAME,
  OUTCOME,
  OUTCOME_HINT,
  RULES_LEVEL,
  STATUS,
  formatMoney,
  label,
} from '../utils/labels';
import { daysBetween, fmtDate, fmtRange, fmtShortDate, monthRanges } from '../utils/dates';
import { bestOption, headlineOf } from '../utils/headline';
import { KIND_LABEL, buildTimeline, type CellKind } from '../utils/timeline';
import { PensionCard } from './report/PensionCard';
import { AS_BUTTON, copy } from './common';

// ---------------------------------------------------------------- sources
function SourceRefs({ ids, report }: { ids: string[]; report: Report }) {
  const refs = ids.map((id) => (report.sources ?? []).find((s) => s.id === id)).filter((s): s is Source => !!s);
  if (refs.length === 0)
    return <Text className="muted small block mt">依据：综合各地规定，建议向当地医保部门核实。</Text>;
  return (
    <View>
      {refs.map((s) => (
        <SourceLine key={s.id} source={s} />
      ))}
    </View>
  );
}

/** One citation: title, 文号, link (copyable); confidence and verified date when known. Also used by the home myths. */
export function SourceLine({
  source: s,
}: {
  source: Pick<Source, 'title' | 'docNo' | 'url'> & Partial<Pick<Source, 'id' | 'confidence' | 'verified'>>;
}) {
  return (
    <View className="src source" data-id={s.id}>
      <Text className="src__title">
        依据：{s.title}
        {s.docNo ? `（${s.docNo}）` : ''}
      </Text>
      {s.confidence && s.verified ? (
        <Text className="muted">
          {label(CONFIDENCE, s.confidence)}，核对于 {s.verified}
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

function Why({
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

// ---------------------------------------------------------------- headline
export function HeadlineCard({ report }: { report: Report }) {
  const h = headlineOf(report);
  return (
    <View id="headline" className={`card headline headline--${h.tone}`} data-tone={h.tone}>
      <Text className="headline__text">{h.text}</Text>
      <Text className="headline__detail">{h.detail}</Text>
      <View id="status" className="status-line" data-status={report.medical.status}>
        医保现在：{label(STATUS, report.medical.status)}
      </View>
      <View className="headline__meta">
        <Text id="region" className="tag tag--info">
          {report.region.name}
        </Text>
        <Text id="rules-level" data-level={report.region.rulesLevel}>
          {label(RULES_LEVEL, report.region.rulesLevel)}
        </Text>
      </View>
      <Text className="muted small block">按 {fmtDate(report.asOf)} 的情况计算</Text>
    </View>
  );
}

// ---------------------------------------------------------------- timeline picture
const SWATCH: Record<Exclude<CellKind, 'blank'>, string> = {
  paid: 'tl-cell--paid',
  restored: 'tl-cell--restored',
  hole: 'tl-cell--hole',
  fixable: 'tl-cell--fixable',
  waiting: 'tl-cell--waiting',
  none: 'tl-cell--none',
  future: 'tl-cell--future',
};

export function TimelineCard({ report, situation }: { report: Report; situation: Situation | null }) {
  const { rows, kinds } = buildTimeline(report, situation);
  const holes = report.medical.holeMonths ?? [];
  const ranges = monthRanges(holes);
  const waiting = report.medical.waiting;
  const backPay = (report.options ?? []).find(
    (o) => o.key === 'backPay' && o.feasible === 'yes' && o.retroactive && o.deadline && o.deadline >= report.asOf,
  );
  return (
    <View id="timeline" className="card">
      <Text className="h2">每个月能不能报销</Text>
      <View className="tl" aria-label="每月医保保障情况">
        <View className="tl__head">
          <Text className="tl__year">月份</Text>
          <View className="tl__cells">
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => (
              <Text key={n} className="tl__num">
                {n === 1 || n % 3 === 0 ? n : ''}
              </Text>
            ))}
          </View>
        </View>
        {rows.map((r) => (
          <View key={r.year} className="tl__row" data-year={r.year}>
            <Text className="tl__year">{r.year}</Text>
            <View className="tl__cells">
              {r.cells.map((c) => (
                <View
                  key={c.month}
                  className={`tl-cell tl-cell--${c.kind}${c.today ? ' tl-cell--today' : ''}`}
                  data-month={c.month}
                  data-kind={c.kind}
                />
              ))}
            </View>
          </View>
        ))}
      </View>
      <View className="legend">
        {kinds.map((k) => (
          <View key={k} className="legend__item">
            <View className={`legend__swatch tl-cell ${SWATCH[k as Exclude<CellKind, 'blank'>]}`} />
            <Text>{KIND_LABEL[k as Exclude<CellKind, 'blank'>]}</Text>
          </View>
        ))}
        <View className="legend__item">
          <View className="legend__swatch legend__swatch--today tl-cell tl-cell--blank tl-cell--today" />
          <Text>本月</Text>
        </View>
      </View>
      <View className="tl-summary">
        {holes.length === 0 ? (
          <Text className="block">没有看病不能报销的月份。</Text>
        ) : (
          <Text id="hole-months" className="block">
            看病不能报销：{ranges.slice(0, 3).map(fmtRange).join('、')}
            {ranges.length > 3 ? ' 等' : ''}，共 {holes.length} 个月。
          </Text>
        )}
        {waiting ? (
          <Text id="waiting" className="block mt">
            其中有待遇等待期（缴费后要等一段时间才能报销）{waiting.months} 个月，{fmtDate(waiting.benefitsFrom)}
            起能报销。
          </Text>
        ) : null}
        {backPay ? (
          <Text className="block mt">
            {fmtShortDate(backPay.deadline!, report.asOf)}前补缴，断缴这几个月看病的钱也能按规定报销（图中条纹格）。
          </Text>
        ) : null}
      </View>
    </View>
  );
}

// ---------------------------------------------------------------- 清零 / 不清零
const OUTCOME_TONE: Record<Outcome, string> = {
  kept: 'tag--good',
  reset: 'tag--bad',
  atRisk: 'tag--warn',
  unknown: 'tag--warn',
  notApplicable: '',
};
const OUTCOME_ORDER: Outcome[] = ['reset', 'atRisk', 'unknown', 'kept', 'notApplicable'];

export function ItemsCard({ report }: { report: Report }) {
  const items = [...(report.items ?? [])].sort(
    (a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome),
  );
  if (items.length === 0) return null;
  return (
    <View id="items" className="card">
      <Text className="h2">哪些会清零，哪些不会</Text>
      {items.map((it: Item) => (
        <View key={it.key} className={`item outcome--${it.outcome}`} data-key={it.key} data-outcome={it.outcome}>
          <View className="item__head">
            <Text className="item__name">{label(ITEM_NAME, it.key)}</Text>
            <Text className={`tag ${OUTCOME_TONE[it.outcome] ?? ''}`}>{label(OUTCOME, it.outcome)}</Text>
          </View>
          <Text className="item__hint">{label(OUTCOME_HINT, it.outcome)}</Text>
          <Why id={`why-${it.key}`} summary={it.summary} sources={it.sources ?? []} report={report} />
        </View>
      ))}
    </View>
  );
}

// ---------------------------------------------------------------- remedies side by side
function Fact({ name, value }: { name: string; value: ReactNode }) {
  return (
    <View className="option__fact">
      <Text className="option__label">{name}</Text>
      <Text className="option__value">{value}</Text>
    </View>
  );
}

function costText(o: Option): string {
  if (o.cost && typeof o.cost.amount === 'number') {
    return `约 ${formatMoney(o.cost.amount)} 元${o.cost.lateFee ? `（含滞纳金 ${formatMoney(o.cost.lateFee)} 元）` : ''}`;
  }
  return '按当地标准';
}

export function RemediesCard({ report }: { report: Report }) {
  const best = bestOption(report);
  const options = [...(report.options ?? [])].sort((a, b) => {
    const rank = (o: Option) => (o.feasible === 'yes' ? 0 : o.feasible === 'depends' ? 1 : 2);
    return rank(a) - rank(b) || (a.benefitsFrom ?? '9').localeCompare(b.benefitsFrom ?? '9');
  });
  if (options.length === 0) return null;
  return (
    <View id="options" className="card">
      <Text className="h2">现在可以怎么补救</Text>
      <Text className="muted small block">等待期：待遇等待期（缴费后要等一段时间才能报销）。</Text>
      <View className="options">
        {options.map((o) => (
          <View
            key={o.key}
            className={`option option--${o.feasible}${best && best.key === o.key ? ' option--best' : ''}`}
            data-key={o.key}
            data-feasible={o.feasible}
          >
            <Text className="option__name">{label(OPTION_NAME, o.key)}</Text>
            {best && best.key === o.key ? <Text className="option__best">最快恢复报销</Text> : null}
            <Text className="muted small block">{label(OPTION_HINT, o.key)}</Text>
            <Fact name="能不能办" value={label(FEASIBLE, o.feasible)} />
            {o.feasible !== 'no' ? (
              <View>
                <Fact name="大约花费" value={costText(o)} />
                <Fact
                  name="要等多久"
                  value={
                    typeof o.waitingMonths === 'number'
                      ? o.waitingMonths > 0
                        ? `${o.waitingMonths} 个月`
                        : '不用等'
                      : '要问当地'
                  }
                />
                <Fact name="哪天起能报销" value={o.benefitsFrom ? fmtDate(o.benefitsFrom) : '要问当地'} />
                <Fact name="最晚哪天办" value={o.deadline ? fmtDate(o.deadline) : '不限'} />
                {typeof o.retroactive === 'boolean' ? (
                  <Fact name="断缴期间看病的钱" value={o.retroactive ? '能补报' : '不能补报'} />
                ) : null}
              </View>
            ) : null}
            <Why
              id={`why-option-${o.key}`}
              summary={o.summary}
              sources={o.sources ?? []}
              report={report}
              open={o.feasible === 'no'}
            />
          </View>
        ))}
      </View>
    </View>
  );
}

// ---------------------------------------------------------------- dated actions
export interface RemindState {
  status: 'busy' | 'done' | 'error';
  message: string;
}

export interface RemindControl {
  onRemind: (action: Action, leadDays: number) => void;
  states: Record<string, RemindState>;
}

export function remindKey(a: Action, lead: number) {
  return `${a.key}-${lead}`;
}

/** Lead times offered for an action due on `due` (a separate tap, and a separate reminder, each). */
export function leadTimes(due: string, today: string): number[] {
  const days = daysBetween(today, due);
  if (days < 0) return [];
  const leads = [7, 1].filter((l) => l <= days);
  return leads.length ? leads : [0];
}

function leadLabel(lead: number) {
  return lead === 0 ? '到期当天' : `提前${lead}天`;
}

export function ActionsCard({ report, remind }: { report: Report; remind?: RemindControl }) {
  const actions = report.actions ?? [];
  if (actions.length === 0) return null;
  const today = report.asOf;
  return (
    <View id="actions" className="card">
      <Text className="h2">接下来要做的事</Text>
      {actions.map((a) => {
        const days = a.due ? daysBetween(today, a.due) : null;
        const leads = remind && a.remindable && a.due ? leadTimes(a.due, today) : [];
        const msgs = leads
          .map((l) => remind!.states[remindKey(a, l)])
          .filter((s): s is RemindState => !!s && s.status !== 'busy');
        return (
          <View key={a.key} className="action" data-key={a.key}>
            <View className={a.due ? 'action__date' : 'action__date action__date--none'}>
              {a.due && a.due.slice(0, 4) !== today.slice(0, 4) ? (
                <Text className="action__days">{Number(a.due.slice(0, 4))}年</Text>
              ) : null}
              {a.due ? `${Number(a.due.slice(5, 7))}月${Number(a.due.slice(8, 10))}日` : '随时'}
              {days !== null ? (
                <Text className="action__days">{days > 0 ? `还有 ${days} 天` : days === 0 ? '今天' : '已过'}</Text>
              ) : null}
            </View>
            <View className="action__body">
              <Text className="action__title">{a.title}</Text>
              {leads.length > 0 ? (
                <View className="remind-row">
                  <Text className="remind-row__label">提醒我：</Text>
                  {leads.map((l) => {
                    const st = remind!.states[remindKey(a, l)];
                    const done = st?.status === 'done';
                    return (
                      <View
                        key={l}
                        id={`remind-${a.key}-${l}`}
                        className={`btn tap remind-btn${done ? ' btn--done' : ''}${st?.status === 'busy' ? ' btn--busy' : ''}`}
                        data-lead={l}
                        {...AS_BUTTON}
                        onClick={() => {
                          if (!done && st?.status !== 'busy') remind!.onRemind(a, l);
                        }}
                      >
                        {done ? `✓ ${leadLabel(l)}` : leadLabel(l)}
                      </View>
                    );
                  })}
                </View>
              ) : null}
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
      })}
    </View>
  );
}

// ---------------------------------------------------------------- local rules and notices
export function NoticesCard({ report }: { report: Report }) {
  const notices = report.notices ?? [];
  return (
    <View id="notices" className="card">
      <Text className="h2">本地规定说明</Text>
      <Text className="block">
        {report.region.name}：{label(RULES_LEVEL, report.region.rulesLevel)}。
      </Text>
      {notices.map((n, i) => (
        <Text key={i} className="notice block">
          {n}
        </Text>
      ))}
      <Text className="muted small block mt">
        以上是按公开政策估算的结果，办理前请拨打 12393（医保）或 12333（社保）核实。
      </Text>
    </View>
  );
}

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

/** The whole report. `care`: one thing per screen first (headline, picture, the next step), the rest behind a tap. */
export function ReportView({
  report,
  situation,
  remind,
  care,
  middle,
}: {
  report: Report;
  situation: Situation | null;
  remind?: RemindControl;
  care?: boolean;
  /** Rendered after the action list (the result page's 发给家人). */
  middle?: ReactNode;
}) {
  const [more, setMore] = useState(false);
  if (care && !more) {
    const first = (report.actions ?? []).slice(0, 1);
    return (
      <View id="report" className="report" data-care="on">
        <HeadlineCard report={report} />
        <TimelineCard report={report} situation={situation} />
        <ActionsCard report={{ ...report, actions: first }} remind={remind} />
        {middle}
        <View id="care-more" className="btn btn--quiet tap" {...AS_BUTTON} onClick={() => setMore(true)}>
          查看全部说明（补救办法、清零情况、政策依据）
        </View>
      </View>
    );
  }
  return (
    <View id="report" className="report">
      <HeadlineCard report={report} />
      <TimelineCard report={report} situation={situation} />
      <RemediesCard report={report} />
      <ActionsCard report={report} remind={remind} />
      {middle}
      <ItemsCard report={report} />
      <PensionCard report={report} />
      <NoticesCard report={report} />
      <SourcesCard report={report} />
    </View>
  );
}
