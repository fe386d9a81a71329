// The intake: one question per screen, progress and back navigation, answers saved on every tap so an
// interrupted intake resumes where it stopped. A typical job change takes 7 taps.
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Input } from '@tarojs/components';
import { evaluate, messageOf } from '../../services/api';
import { clearDraft, loadDraft, loadRecentCities, rememberCity, saveDraft, setCurrent } from '../../services/storage';
import { isEvaluateError, isReport, type Concern } from '../../types/contract';
import { AS_BUTTON, Page, goBack, useCare } from '../../components/common';
import { MonthGrid, YearGrid } from '../../components/pickers';
import { citiesWithRules, findCity, searchCities, type City } from '../../utils/cities';
import { thisMonth, thisYear } from '../../utils/dates';
import {
  EVENTS,
  asksRetirement,
  buildSituation,
  checkStep,
  defaultConcerns,
  firstProblem,
  freshAnswers,
  stepForField,
  stepsFor,
  type Answers,
  type StepKey,
} from '../../utils/intake';
import { CITY_LEVEL, CONCERNS } from '../../utils/labels';

/** The saved answers (the home page saves fresh ones before opening a new intake), so a reload resumes. */
function initialAnswers(): Answers {
  const draft = loadDraft();
  if (!draft) return freshAnswers();
  if (draft.done) {
    // 改一改: the last answers, from the first question
    const a: Answers = { ...draft, done: undefined, step: 'city' };
    saveDraft(a);
    return a;
  }
  return draft;
}

interface ServerError {
  step: StepKey;
  message: string;
  suggestions: string[];
}

function titles(step: StepKey, a: Answers): { title: string; hint?: string } {
  const who = a.forFamily ? '家人' : '你';
  const employerWord =
    a.event === 'flexibleStopped'
      ? `${who}自己`
      : a.event === 'toResident' && a.prevScheme === 'flexible'
        ? `${who}自己`
        : '单位';
  switch (step) {
    case 'city':
      return { title: `${who}在哪个城市交医保？`, hint: '选最近一次交医保的城市。' };
    case 'hukou':
      return { title: `${who}的户口在这个城市吗？`, hint: '买房、落户、孩子上学的规定和户口有关。' };
    case 'event':
      return { title: '发生了什么事？', hint: '选最接近的一项。' };
    case 'prevScheme':
      return { title: '之前的医保是谁交的？' };
    case 'from':
      return {
        title: `${employerWord}从哪年哪月开始交医保？`,
        hint: '记不清就选个大概，只影响累计年限的估算。',
      };
    case 'to':
      return {
        title: `${employerWord}最后交到哪个月？`,
        hint: '看社保 App 或医保电子凭证里最后一个有缴费的月份。',
      };
    case 'resFrom':
      return { title: '居民医保最早从哪一年开始交？', hint: '记不清就选个大概。' };
    case 'resTo':
      return { title: '断之前，最后交的是哪一年？' };
    case 'resYear':
      return { title: '后来又交了哪一年的居民医保？', hint: '居民医保按年交，一般在上一年年底交下一年的。' };
    case 'resumed':
      return {
        title: '新单位开始交医保了吗？',
        hint: '已经开始了，就选从哪个月起交的；还没有新工作或还没开始交，选「还没有」。',
      };
    case 'resPaid':
      return a.event === 'newborn'
        ? { title: '宝宝的居民医保是哪个月交的？', hint: '还没交就选「还没交」。' }
        : { title: '是哪个月交的钱？', hint: '记不清具体哪天没关系，按当月中旬计算。' };
    case 'birth':
      return { title: '宝宝是哪年哪月出生的？' };
    case 'concerns':
      return { title: `${who}最关心什么？`, hint: '可以多选，结果会逐项说明会不会受影响。' };
  }
  return { title: '' };
}

export default function Intake() {
  const [care] = useCare();
  const [a, setA] = useState<Answers>(initialAnswers);
  const [errors, setErrors] = useState<Partial<Record<StepKey, string>>>({});
  const [serverError, setServerError] = useState<ServerError | null>(null);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const recent = useMemo(loadRecentCities, []);
  const now = thisMonth();
  const year = thisYear();

  const steps = stepsFor(a);
  const index = Math.max(0, steps.indexOf(a.step));
  const step = steps[index];

  const commit = (next: Answers) => {
    setA(next);
    saveDraft(next);
  };

  /** Stores an answer; with `advance`, checks it and moves on when it is fine. */
  const answer = (patch: Partial<Answers>, advance = true) => {
    const next: Answers = { ...a, ...patch };
    setServerError(null);
    const message = checkStep(step, next);
    if (message && advance) {
      setErrors({ ...errors, [step]: message });
      commit(next);
      return;
    }
    setErrors({ ...errors, [step]: undefined });
    if (advance) {
      const list = stepsFor(next);
      const i = list.indexOf(step);
      next.step = list[Math.min(i + 1, list.length - 1)];
    }
    commit(next);
  };

  const goNext = () => answer({}, true);

  const goPrev = () => {
    setServerError(null);
    if (index === 0) {
      goBack();
      return;
    }
    commit({ ...a, step: steps[index - 1] });
  };

  const submit = () => {
    if (busy) return;
    const problem = firstProblem(a);
    if (problem) {
      setErrors({ [problem.step]: problem.message });
      commit({ ...a, step: problem.step });
      return;
    }
    const situation = buildSituation(a);
    setBusy(true);
    setServerError(null);
    evaluate(situation)
      .then((res) => {
        if (isEvaluateError(res)) {
          const { code, field, message, suggestions } = res.error;
          const target = stepForField(field, a) ?? (code === 'UNKNOWN_CITY' ? 'city' : step);
          const text = message || '查询失败，请稍后重试';
          setServerError({ step: target, message: text, suggestions: Array.isArray(suggestions) ? suggestions : [] });
          setErrors({ [target]: text });
          commit({ ...a, step: target });
        } else if (isReport(res)) {
          rememberCity(a.city!);
          saveDraft({ ...a, done: true });
          setCurrent({ situation, report: res });
          Taro.redirectTo({ url: '/pages/result/index' });
        } else {
          setServerError({ step, message: '服务返回的结果无法识别，请稍后重试', suggestions: [] });
        }
      })
      .catch((e: unknown) => setServerError({ step, message: messageOf(e), suggestions: [] }))
      .finally(() => setBusy(false));
  };

  const { title, hint } = titles(step, a);
  const fieldError = errors[step];

  return (
    <Page care={care} id="intake">
      <View className="topbar">
        <View id="back" className="topbar__back tap" {...AS_BUTTON} onClick={goPrev}>
          ‹ {index === 0 ? '返回' : '上一步'}
        </View>
        <Text
          id="progress"
          className="topbar__progress"
          data-step={step}
          data-index={index + 1}
          data-total={steps.length}
        >
          第 {index + 1} 步，共 {steps.length} 步
        </Text>
      </View>
      <View className="progress">
        <View className="progress__bar" style={{ width: `${Math.round(((index + 1) / steps.length) * 100)}%` }} />
      </View>
      {a.forFamily ? (
        <View id="family-banner" className="banner">
          正在帮家人查：下面都按家人的情况选。
        </View>
      ) : null}

      <View id={`step-${step}`} className="step" data-step={step}>
        <Text className="h1">{title}</Text>
        {hint ? <Text className="step-hint">{hint}</Text> : <View className="step-hint" />}

        {step === 'city' ? (
          <CityStep a={a} query={query} setQuery={setQuery} recent={recent} onPick={(city) => answer({ city })} />
        ) : null}

        {step === 'hukou' ? (
          <View>
            {(
              [
                ['local', '是，本地户口'],
                ['nonlocal', '不是，外地户口'],
                ['unknown', '不确定 / 跳过'],
              ] as const
            ).map(([key, text]) => (
              <View
                key={key}
                id={`hukou-${key}`}
                className={`choice tap${a.hukou === key ? ' choice--on' : ''}`}
                {...AS_BUTTON}
                onClick={() => answer({ hukou: key })}
              >
                <Text className="choice__label">{text}</Text>
              </View>
            ))}
          </View>
        ) : null}

        {step === 'event' ? (
          <View>
            {EVENTS.map((e) => (
              <View
                key={e.key}
                id={`event-${e.key}`}
                className={`choice tap${a.event === e.key ? ' choice--on' : ''}`}
                {...AS_BUTTON}
                onClick={() =>
                  answer({
                    event: e.key,
                    concerns: a.event === e.key && a.concerns ? a.concerns : defaultConcerns(e.key),
                  })
                }
              >
                <View className="choice__body">
                  <Text className="choice__label">{e.label}</Text>
                  <Text className="choice__hint">{e.hint}</Text>
                </View>
              </View>
            ))}
          </View>
        ) : null}

        {step === 'prevScheme' ? (
          <View>
            <View
              id="prev-employee"
              className={`choice tap${a.prevScheme === 'employee' ? ' choice--on' : ''}`}
              {...AS_BUTTON}
              onClick={() => answer({ prevScheme: 'employee' })}
            >
              <View className="choice__body">
                <Text className="choice__label">单位交的</Text>
                <Text className="choice__hint">上班时单位每月代扣代缴</Text>
              </View>
            </View>
            <View
              id="prev-flexible"
              className={`choice tap${a.prevScheme === 'flexible' ? ' choice--on' : ''}`}
              {...AS_BUTTON}
              onClick={() => answer({ prevScheme: 'flexible' })}
            >
              <View className="choice__body">
                <Text className="choice__label">自己交的</Text>
                <Text className="choice__hint">以灵活就业身份（没有单位，个人交职工医保）</Text>
              </View>
            </View>
          </View>
        ) : null}

        {step === 'from' ? (
          <MonthGrid
            id="from"
            value={a.from}
            defaultYear={a.from ? Number(a.from.slice(0, 4)) : year}
            maxYear={year}
            now={now}
            onPick={(m) => answer({ from: m, to: a.to && a.to < m ? undefined : a.to })}
          />
        ) : null}
        {step === 'to' ? (
          <MonthGrid
            id="to"
            value={a.to}
            defaultYear={year}
            maxYear={year}
            now={now}
            onPick={(m) => answer({ to: m })}
          />
        ) : null}
        {step === 'resumed' ? (
          <View>
            <View
              id="resumed-none"
              className={`choice tap${a.resumed === 'none' ? ' choice--on' : ''}`}
              {...AS_BUTTON}
              onClick={() => answer({ resumed: 'none' })}
            >
              <Text className="choice__label">还没有</Text>
            </View>
            <Text className="block muted mt">已经开始交了：</Text>
            <MonthGrid
              id="resumed"
              value={a.resumed && a.resumed !== 'none' ? a.resumed : undefined}
              defaultYear={year}
              maxYear={year}
              now={now}
              onPick={(m) => answer({ resumed: m })}
            />
          </View>
        ) : null}
        {step === 'birth' ? (
          <MonthGrid
            id="birth"
            value={a.birth}
            defaultYear={year}
            maxYear={year}
            minYear={year - 3}
            now={now}
            onPick={(m) => answer({ birth: m })}
          />
        ) : null}

        {step === 'resFrom' ? (
          <YearGrid id="resFrom" value={a.resFrom} maxYear={year} onPick={(y) => answer({ resFrom: y })} />
        ) : null}
        {step === 'resTo' ? (
          <YearGrid id="resTo" value={a.resTo} maxYear={year} onPick={(y) => answer({ resTo: y })} />
        ) : null}

        {step === 'resYear' ? (
          <View>
            {[year + 1, year, year - 1]
              .filter((y) => a.event !== 'residentGap' || !a.resTo || y > a.resTo)
              .map((y) => (
                <View
                  key={y}
                  id={`resyear-${y}`}
                  className={`choice tap${a.resYear === y ? ' choice--on' : ''}`}
                  {...AS_BUTTON}
                  onClick={() => answer({ resYear: y })}
                >
                  <Text className="choice__label">
                    {y} 年的{y === year + 1 ? '（明年）' : y === year ? '（今年）' : '（去年）'}
                  </Text>
                </View>
              ))}
            <View
              id="resyear-none"
              className={`choice tap${a.resYear === 'none' ? ' choice--on' : ''}`}
              {...AS_BUTTON}
              onClick={() => answer({ resYear: 'none', resPaid: undefined })}
            >
              <View className="choice__body">
                <Text className="choice__label">还没交</Text>
                <Text className="choice__hint">结果会告诉你什么时候交、交了以后哪天能报销</Text>
              </View>
            </View>
          </View>
        ) : null}

        {step === 'resPaid' ? (
          <View>
            <MonthGrid
              id="resPaid"
              value={a.resPaid && a.resPaid !== 'none' ? a.resPaid : undefined}
              defaultYear={year}
              maxYear={year}
              now={now}
              onPick={(m) => answer({ resPaid: m })}
            />
            {a.event === 'newborn' ? (
              <View
                id="respaid-none"
                className={`choice tap mt${a.resPaid === 'none' ? ' choice--on' : ''}`}
                {...AS_BUTTON}
                onClick={() => answer({ resPaid: 'none' })}
              >
                <Text className="choice__label">还没交</Text>
              </View>
            ) : null}
          </View>
        ) : null}

        {step === 'concerns' ? (
          <View className="chips" id="concerns">
            {CONCERNS.map((c) => {
              const on = (a.concerns ?? []).includes(c.key);
              return (
                <View
                  key={c.key}
                  id={`concern-${c.key}`}
                  className={`chip tap${on ? ' chip--on' : ''}`}
                  data-on={on ? 'true' : 'false'}
                  {...AS_BUTTON}
                  onClick={() => {
                    const list = a.concerns ?? [];
                    const next: Concern[] = on ? list.filter((k) => k !== c.key) : [...list, c.key];
                    answer({ concerns: next }, false);
                  }}
                >
                  {on ? '✓ ' : ''}
                  {c.label}
                </View>
              );
            })}
          </View>
        ) : null}
        {step === 'concerns' && asksRetirement(a) ? (
          <View id="retirement" className="mt">
            <Text className="block muted">
              选填：填性别和出生年月，可以算出法定退休时间（按延迟退休规定）和到时需要缴满几年。
            </Text>
            <View className="chips mt">
              {(['male', 'female'] as const).map((g) => (
                <View
                  key={g}
                  id={`gender-${g}`}
                  className={`chip tap${a.gender === g ? ' chip--on' : ''}`}
                  data-on={a.gender === g ? 'true' : 'false'}
                  {...AS_BUTTON}
                  onClick={() => answer({ gender: a.gender === g ? undefined : g }, false)}
                >
                  {a.gender === g ? '✓ ' : ''}
                  {g === 'male' ? '男' : '女'}
                </View>
              ))}
            </View>
            {a.gender ? (
              <MonthGrid
                id="personBirth"
                value={a.personBirth}
                defaultYear={a.personBirth ? Number(a.personBirth.slice(0, 4)) : 1975}
                maxYear={year - 16}
                minYear={1940}
                now={now}
                onPick={(m) => answer({ personBirth: m }, false)}
              />
            ) : null}
          </View>
        ) : null}

        {fieldError ? (
          <View id={`error-${step}`} className="field-error" data-field={step}>
            {fieldError}
          </View>
        ) : null}

        {serverError && serverError.step === step ? (
          <View id="error" className="error-box">
            {serverError.suggestions.length > 0 ? (
              <View>
                <Text className="block">你要找的是不是：</Text>
                <View className="chips">
                  {serverError.suggestions.map((name, i) => (
                    <View
                      key={name}
                      id={`suggestion-${i}`}
                      className="chip tap suggestion"
                      data-name={name}
                      {...AS_BUTTON}
                      onClick={() => answer({ city: name })}
                    >
                      {name}
                    </View>
                  ))}
                </View>
              </View>
            ) : null}
            {serverError.message !== fieldError ? <Text className="block">{serverError.message}</Text> : null}
          </View>
        ) : null}

        <View className="step-foot">
          {step === 'concerns' ? (
            <View
              id="submit"
              className={`btn btn--primary tap${busy ? ' btn--busy' : ''}`}
              {...AS_BUTTON}
              aria-disabled={busy}
              onClick={submit}
            >
              {busy ? '正在计算…' : '查看结果'}
            </View>
          ) : checkStep(step, a) === null ? (
            <View id="next" className="btn btn--primary tap" {...AS_BUTTON} onClick={goNext}>
              下一步
            </View>
          ) : null}
          {index > 0 ? (
            <View
              id="restart"
              className="link tap mt"
              {...AS_BUTTON}
              onClick={() => {
                clearDraft();
                setErrors({});
                commit(freshAnswers(a.forFamily));
              }}
            >
              从头填写
            </View>
          ) : null}
        </View>
      </View>
    </Page>
  );
}

function CityStep({
  a,
  query,
  setQuery,
  recent,
  onPick,
}: {
  a: Answers;
  query: string;
  setQuery: (q: string) => void;
  recent: string[];
  onPick: (city: string) => void;
}) {
  const q = query.trim();
  const found = q ? searchCities(q) : [];
  const exact = found.some((c) => c.name === q.replace(/市$/, ''));
  const row = (c: City | { name: string; province: string; level?: undefined }, key: string) => (
    <View key={key} className="city-option tap" data-city={c.name} {...AS_BUTTON} onClick={() => onPick(c.name)}>
      <Text className="city-option__name">
        {c.name}
        {c.province && c.province !== c.name ? <Text className="city-option__prov">{c.province}</Text> : null}
      </Text>
      {c.level ? <Text className={`tag${c.level === 'c' ? ' tag--good' : ''}`}>{CITY_LEVEL[c.level]}</Text> : null}
    </View>
  );
  return (
    <View>
      <Input
        id="city"
        className="search tap"
        type="text"
        placeholder="输入城市名，例如 武汉"
        value={query}
        maxlength={20}
        confirmType="search"
        onInput={(e) => setQuery(e.detail.value)}
      />
      {a.city ? (
        <Text id="city-picked" className="picked">
          已选：{a.city}
          {findCity(a.city) ? `（${CITY_LEVEL[findCity(a.city)!.level]}）` : ''}
        </Text>
      ) : null}
      {q ? (
        <View className="city-list" id="city-results">
          {found.map((c) => row(c, c.name))}
          {!exact ? row({ name: q, province: '' }, `typed-${q}`) : null}
        </View>
      ) : (
        <View>
          {recent.length > 0 ? (
            <View>
              <Text className="section-label">最近选过</Text>
              <View className="city-list">
                {recent.map((name) => row(findCity(name) ?? { name, province: '' }, `r-${name}`))}
              </View>
            </View>
          ) : null}
          <Text className="section-label">已收录本市规定的城市（其他城市按省或国家规定估算）</Text>
          <View className="city-list">{citiesWithRules().map((c) => row(c, `c-${c.name}`))}</View>
        </View>
      )}
    </View>
  );
}
