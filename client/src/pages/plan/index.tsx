// 「我打算停交 / 换工作」: a short intake (city, since when, last month paid, expected restart or 不确定, the
// bridge) → evaluate with a plan → the plan result page.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Input } from '@tarojs/components';
import { AS_BUTTON, Page, useCare } from '../../components/common';
import { MonthGrid, YearGrid } from '../../components/MonthGrid';
import { evaluate, messageOf } from '../../services/api';
import { getCurrent, loadDraft, loadRecentCities, rememberCity, setCurrent } from '../../services/storage';
import { isEvaluateError, isReport } from '../../types/contract';
import { searchCities } from '../../utils/cities';
import { thisMonth, thisYear } from '../../utils/dates';
import { BRIDGES, planProblem, planSituation, type PlanAnswers } from '../../utils/plan';
// The grid cells (its short choices too) and the city search: the same styles as the intake, from the components.
import '../../components/MonthGrid.scss';
import '../../components/fields.scss';

function CityField({ value, onPick }: { value: string; onPick: (city: string) => void }) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const names = q ? searchCities(q).map((c) => c.name) : loadRecentCities();
  return (
    <View className="card">
      <Text className="h2">在哪个城市交社保</Text>
      <Input
        id="plan-city"
        className="search tap"
        type="text"
        placeholder="输入城市名，例如 北京"
        value={query}
        maxlength={20}
        onInput={(e) => setQuery(e.detail.value)}
      />
      {value ? <Text className="picked">已选：{value}</Text> : null}
      <View className="city-list">
        {names.slice(0, 6).map((name) => (
          <View key={name} className="city-option tap" data-city={name} {...AS_BUTTON} onClick={() => onPick(name)}>
            <Text className="city-option__name">{name}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function Choice<T extends string>(props: {
  id: string;
  options: { key: T; label: string }[];
  value?: T;
  onPick: (k: T) => void;
}) {
  return (
    <View className="grid4">
      {props.options.map((o) => (
        <View
          key={o.key}
          id={`${props.id}-${o.key}`}
          className={`cell tap${props.value === o.key ? ' cell--on' : ''}`}
          {...AS_BUTTON}
          onClick={() => props.onPick(o.key)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

function AboutYou({ a, set }: { a: PlanAnswers; set: (p: Partial<PlanAnswers>) => void }) {
  return (
    <View className="card">
      <Text className="h2">户籍和现在的工作</Text>
      <Choice
        id="plan-hukou"
        options={[
          { key: 'local', label: '本地户籍' },
          { key: 'nonlocal', label: '外地户籍' },
        ]}
        value={a.hukou}
        onPick={(hukou) => set({ hukou })}
      />
      <Text className="section-label">现在的工作从哪一年开始交社保</Text>
      <YearGrid id="plan-since" value={a.since} maxYear={thisYear()} onPick={(since) => set({ since })} />
      <Text className="section-label">性别和出生年月（选填，用来算退休时间和养老金）</Text>
      <Choice
        id="plan-gender"
        options={[
          { key: 'male', label: '男' },
          { key: 'female', label: '女' },
        ]}
        value={a.gender}
        onPick={(gender) => set({ gender })}
      />
      <MonthGrid
        id="plan-birth"
        value={a.birth}
        defaultYear={a.birth ? Number(a.birth.slice(0, 4)) : 1980}
        maxYear={thisYear() - 16}
        minYear={1940}
        now={thisMonth()}
        onPick={(birth) => set({ birth })}
      />
    </View>
  );
}

function TheGap({ a, set }: { a: PlanAnswers; set: (p: Partial<PlanAnswers>) => void }) {
  const now = thisMonth();
  const year = thisYear();
  return (
    <View className="card">
      <Text className="h2">最后交到哪个月</Text>
      <MonthGrid
        id="plan-stop"
        value={a.stopAfter}
        defaultYear={year}
        maxYear={year + 2}
        minYear={year - 1}
        now={`${year + 2}-12`}
        onPick={(stopAfter) => set({ stopAfter })}
      />
      <Text className="h2 mt">预计哪个月重新开始交</Text>
      <View
        id="plan-resume-unknown"
        className={`cell tap${a.resumeFrom === null ? ' cell--on' : ''}`}
        {...AS_BUTTON}
        onClick={() => set({ resumeFrom: null })}
      >
        不确定
      </View>
      <MonthGrid
        id="plan-resume"
        value={a.resumeFrom ?? undefined}
        defaultYear={year}
        maxYear={year + 4}
        minYear={year - 1}
        now={`${year + 4}-12`}
        onPick={(resumeFrom) => set({ resumeFrom })}
      />
      <Text className="h2 mt">中间怎么过渡</Text>
      <Choice id="plan-bridge" options={BRIDGES} value={a.bridge} onPick={(bridge) => set({ bridge })} />
      <Text className="muted small block">{now.slice(0, 4)} 年以后的月份也可以选。</Text>
    </View>
  );
}

function known(): Partial<PlanAnswers> {
  const draft = loadDraft();
  const last = getCurrent()?.situation;
  const own = last && last.specialGroup !== 'newborn' ? last : undefined;
  const out: Partial<PlanAnswers> = {};
  const gender = draft?.gender ?? own?.gender;
  const birth = draft?.personBirth ?? own?.birth;
  if (gender) out.gender = gender;
  if (birth) out.birth = birth;
  return out;
}

export default function PlanIntake() {
  const [care] = useCare();
  // Gender and birth month as the intake's pension question last had them (the planner asks the same month).
  const [a, setA] = useState<PlanAnswers>(() =>
    Object.assign({ city: '', hukou: 'nonlocal', bridge: 'none' }, known()),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const set = (p: Partial<PlanAnswers>) => setA((prev) => ({ ...prev, ...p }));

  const submit = () => {
    const problem = planProblem(a);
    if (problem) return setError(problem);
    if (busy) return;
    setBusy(true);
    setError('');
    const situation = planSituation(a);
    evaluate(situation)
      .then((res) => {
        if (isEvaluateError(res)) setError(res.error.message);
        else if (isReport(res)) {
          rememberCity(situation.city);
          setCurrent({ situation, report: res });
          Taro.navigateTo({ url: '/pages/plan/result/index' });
        }
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  return (
    <Page care={care} id="plan-intake">
      <CityField value={a.city} onPick={(city) => set({ city })} />
      <AboutYou a={a} set={set} />
      <TheGap a={a} set={set} />
      {error ? (
        <Text id="plan-error" className="notice block">
          {error}
        </Text>
      ) : null}
      <View className="btn-stack">
        <View
          id="plan-submit"
          className={`btn btn--primary tap${busy ? ' btn--busy' : ''}`}
          {...AS_BUTTON}
          onClick={submit}
        >
          {busy ? '正在计算…' : '看看最晚什么时候接上'}
        </View>
      </View>
    </Page>
  );
}
