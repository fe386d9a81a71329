// The intake's state: the answers (saved on every tap, so an interrupted intake resumes where it stopped), the
// current step, the message at the field, and an error the engine returned for the submitted Situation.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { goBack } from '../../components/common';
import { evaluate, messageOf } from '../../services/api';
import { clearDraft, loadDraft, rememberCity, saveDraft, setCurrent } from '../../services/storage';
import { isEvaluateError, isReport } from '../../types/contract';
import { stepForField } from '../../utils/fields';
import { freshAnswers, type Answers, type StepKey } from '../../utils/intake';
import { buildSituation } from '../../utils/situation';
import { firstProblem, stepOf, stepsFor } from './steps';

export interface ServerError {
  step: StepKey;
  message: string;
  suggestions: string[];
}

/** The saved answers (the home page saves fresh ones before opening a new intake), so a reload resumes. */
function initialAnswers(): Answers {
  const draft = loadDraft();
  if (!draft) return freshAnswers();
  if (!draft.done) return draft;
  // 改一改: the last answers, from the first question
  const a: Answers = { ...draft, done: undefined, step: 'city' };
  saveDraft(a);
  return a;
}

export function useIntake() {
  const [a, setA] = useState<Answers>(initialAnswers);
  const [errors, setErrors] = useState<Partial<Record<StepKey, string>>>({});
  const [serverError, setServerError] = useState<ServerError | null>(null);
  const [busy, setBusy] = useState(false);
  const steps = stepsFor(a);
  const index = Math.max(0, steps.indexOf(a.step));
  const step = steps[index];

  const commit = (next: Answers) => {
    setA(next);
    saveDraft(next);
  };
  /** An error about an answer is also shown at its field (and that step opens); a failed call only below. */
  const showError = (e: ServerError, atField: boolean, answers: Answers) => {
    setServerError(e);
    if (!atField) return;
    setErrors({ [e.step]: e.message });
    commit({ ...answers, step: e.step });
  };

  /** Stores an answer; with `advance`, checks it and moves on when it is fine. */
  const answer = (patch: Partial<Answers>, advance = true) => {
    const next: Answers = { ...a, ...patch };
    setServerError(null);
    const message = stepOf(step).problem(next);
    setErrors({ ...errors, [step]: advance ? (message ?? undefined) : undefined });
    if (advance && !message) {
      const list = stepsFor(next);
      next.step = list[Math.min(list.indexOf(step) + 1, list.length - 1)];
    }
    commit(next);
  };

  const goPrev = () => {
    setServerError(null);
    if (index === 0) goBack();
    else commit({ ...a, step: steps[index - 1] });
  };

  const restart = () => {
    clearDraft();
    setErrors({});
    commit(freshAnswers(a.forFamily));
  };

  /** Checks every answer, then evaluates; a problem opens the step it concerns instead. */
  const submit = (answers: Answers = a) => {
    if (busy) return;
    const problem = firstProblem(answers);
    if (problem) {
      setErrors({ [problem.step]: problem.message });
      commit({ ...answers, step: problem.step });
      return;
    }
    setBusy(true);
    setServerError(null);
    send(answers, step, (e, atField) => showError(e, atField, answers)).finally(() => setBusy(false));
  };

  /** A city the engine suggested (an ambiguous or unknown name): taken, and the question asked again at once. */
  const chooseCity = (city: string) => {
    const next: Answers = { ...a, city };
    setErrors({});
    commit(next);
    submit(next);
  };

  return { a, steps, index, step, errors, serverError, busy, answer, goPrev, restart, submit, chooseCity };
}

/** Evaluates the answers: a Report opens the result page; an error lands on the step it concerns. */
function send(a: Answers, step: StepKey, showError: (e: ServerError, atField: boolean) => void): Promise<void> {
  const situation = buildSituation(a);
  return evaluate(situation)
    .then((res) => {
      if (isEvaluateError(res)) {
        const { code, field, message, suggestions } = res.error;
        const target = stepForField(field, a) ?? (code === 'UNKNOWN_CITY' ? 'city' : step);
        const list = Array.isArray(suggestions) ? suggestions : [];
        showError({ step: target, message: message || '查询失败，请稍后重试', suggestions: list }, true);
      } else if (isReport(res)) {
        rememberCity(a.city!);
        saveDraft({ ...a, done: true });
        setCurrent({ situation, report: res });
        Taro.redirectTo({ url: '/pages/result/index' });
      } else {
        showError({ step, message: '服务返回的结果无法识别，请稍后重试', suggestions: [] }, false);
      }
    })
    .catch((e: unknown) => showError({ step, message: messageOf(e), suggestions: [] }, false));
}
