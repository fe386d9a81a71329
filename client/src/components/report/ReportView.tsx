// The whole report, shared by the result page and the read-only shared page. 关怀模式 shows one thing per screen
// first (headline, picture, the next step) and the rest behind a tap. The first screen is drawn first: the cards
// below it follow one frame later.
import { useEffect, useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { Action, Report } from '../../types/contract';
import type { RemindControl } from '../../utils/reminders';
import { AS_BUTTON } from '../common';
import { ActionsCard } from './ActionsCard';
import { HeadlineCard } from './HeadlineCard';
import { ItemsCard } from './ItemsCard';
import { NoticesCard } from './NoticesCard';
import { PensionCard } from './PensionCard';
import { RemediesCard } from './RemediesCard';
import { SourcesCard } from './SourcesCard';
import { MonthsCard } from './MonthsCard';
import './index.scss';

/**
 * 关怀模式's one action: exactly the headline's to-do (`headline.action`, contract v3). A snapshot shared before v3
 * has none: the to-do with the headline's date stands in, else the soonest (nothing is decided here).
 */
function firstAction(report: Report): Action[] {
  const actions = report.actions ?? [];
  const h = report.headline as Partial<Report['headline']> | undefined;
  if (h?.action !== undefined) return actions.filter((a) => a.key === h.action);
  const match = h?.due ? actions.find((a) => a.due === h.due) : undefined;
  return (match ? [match] : actions).slice(0, 1);
}

/**
 * False for the report's first frame, true from the next one: the headline and the months (the first screen of a
 * phone) are drawn without waiting for the ~200 elements of the cards below them (issue 21; in the H5 bench, tap →
 * headline 68 → 50 ms, and every card ~30 ms later than before). Nothing is decided here: the same report,
 * drawn in two steps. requestAnimationFrame is the browser's on H5 and Taro runtime's in the mini program (its
 * webpack ProvidePlugin); without one, the next macrotask.
 */
function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => (timer = setTimeout(() => setAfter(true), 0));
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(later) : (later(), undefined);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return after;
}

export function ReportView({
  report,
  remind,
  care,
  shared = false,
  middle,
}: {
  report: Report;
  remind?: RemindControl;
  care?: boolean;
  /** A snapshot someone sent: no countdowns (they would count from the day it was made). */
  shared?: boolean;
  /** Rendered after the action list (the result page's 发给家人). */
  middle?: ReactNode;
}) {
  const [more, setMore] = useState(false);
  const rest = useAfterFirstFrame();
  const brief = Boolean(care) && !more;
  return (
    <View id="report" className="report" data-care={brief ? 'on' : undefined} data-drawn={rest ? 'all' : 'first'}>
      <HeadlineCard report={report} />
      <MonthsCard report={report} />
      {rest ? (
        <Rest
          report={report}
          remind={remind}
          shared={shared}
          middle={middle}
          brief={brief}
          onMore={() => setMore(true)}
        />
      ) : null}
    </View>
  );
}

/** Everything below the first screen. */
function Rest({
  report,
  remind,
  shared,
  middle,
  brief,
  onMore,
}: {
  report: Report;
  remind?: RemindControl;
  shared: boolean;
  middle?: ReactNode;
  brief: boolean;
  onMore: () => void;
}) {
  return (
    <>
      {brief ? null : <RemediesCard report={report} />}
      <ActionsCard
        report={report}
        actions={brief ? firstAction(report) : report.actions}
        remind={remind}
        countdown={!shared}
      />
      {middle}
      {brief ? (
        <View id="care-more" className="btn btn--quiet tap" {...AS_BUTTON} onClick={onMore}>
          查看全部说明（补救办法、清零情况、政策依据）
        </View>
      ) : (
        <View>
          <ItemsCard report={report} />
          <PensionCard report={report} />
          <NoticesCard report={report} />
          <SourcesCard report={report} />
        </View>
      )}
    </>
  );
}
