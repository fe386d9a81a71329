// Home: what the product does, 开始自查 (or resume), recent results, myth cards with their sources, 关怀模式.
import { useState } from 'react';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, useCare } from '../../components/common';
import { SourceLine } from '../../components/report';
import { MYTHS } from '../../data/myths';
import { evaluate, isApiError, listHistory, messageOf, type HistoryItem } from '../../services/api';
import { loadDraft, saveCare, setCurrent, startIntake } from '../../services/storage';
import { isEvaluateError, isReport, type Situation } from '../../types/contract';
import { fmtDate, fmtInstant } from '../../utils/dates';
import { describeSituation, stepsFor } from '../../utils/intake';
import { STATUS, label } from '../../utils/labels';

/** One entry per distinct situation (re-opening a result evaluates it again, which adds a history entry). */
function distinct(items: HistoryItem[]): HistoryItem[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const { asOf: _asOf, ...rest } = it.situation as Situation & { asOf?: string };
    const key = JSON.stringify(rest);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export default function Home() {
  const [care, setCare] = useCare();
  const [history, setHistory] = useState<HistoryItem[] | null>(null);
  const [draft, setDraft] = useState(loadDraft);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [openMyth, setOpenMyth] = useState<number | null>(null);

  useShareAppMessage(() => ({ title: '社保断缴助手：断缴了先查一查', path: '/pages/index/index' }));

  useDidShow(() => {
    setDraft(loadDraft());
    listHistory()
      .then((res) => setHistory(isApiError(res) ? [] : distinct(res.items).slice(0, 5)))
      .catch(() => setHistory([]));
  });

  const resumable = draft && !draft.done && draft.step !== 'city' ? draft : null;

  const openResult = (it: HistoryItem) => {
    if (opening) return;
    setOpening(it.id);
    setError('');
    const { asOf: _asOf, ...situation } = it.situation as Situation & { asOf?: string };
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

  const toggleCare = () => {
    saveCare(!care);
    setCare(!care);
  };

  return (
    <Page care={care} id="home">
      <View className="hero">
        <Text className="hero__title">社保断缴了，先查一查</Text>
        <Text className="hero__text">
          回答几个问题，看清哪些月份看病不能报销、还能不能补缴、什么会清零，以及接下来哪天前该做什么，每一条都附政策依据。
        </Text>
      </View>

      <View className="card">
        <View className="btn-stack">
          {resumable ? (
            <View
              id="resume"
              className="btn btn--primary tap"
              {...AS_BUTTON}
              onClick={() => Taro.navigateTo({ url: '/pages/intake/index' })}
            >
              继续上次的填写（第 {Math.max(1, stepsFor(resumable).indexOf(resumable.step) + 1)} 步）
            </View>
          ) : null}
          <View
            id="start"
            className={`btn tap${resumable ? '' : ' btn--primary'}`}
            {...AS_BUTTON}
            onClick={() => startIntake(false)}
          >
            {resumable ? '重新开始自查' : '开始自查'}
          </View>
          <View id="family" className="btn btn--quiet tap care-hide" {...AS_BUTTON} onClick={() => startIntake(true)}>
            帮家人查
          </View>
          <View
            id="plan-entry"
            className="btn btn--quiet tap"
            {...AS_BUTTON}
            onClick={() => Taro.navigateTo({ url: '/pages/plan/index' })}
          >
            我打算停交 / 换工作
          </View>
        </View>
        <Text className="muted small block mt">不用填姓名、身份证号，大约 1 分钟。</Text>
      </View>

      <View className="card">
        <View
          id="care-toggle"
          className="switch tap"
          {...AS_BUTTON}
          aria-checked={care}
          data-on={care ? 'true' : 'false'}
          onClick={toggleCare}
        >
          <View>
            <Text className="block" style={{ fontWeight: 700 }}>
              关怀模式
            </Text>
            <Text className="muted small">字更大、对比更强，一屏只做一件事</Text>
          </View>
          <View className={`switch__knob${care ? ' switch__knob--on' : ''}`} />
        </View>
      </View>

      {history && history.length > 0 ? (
        <View id="recent" className="card">
          <Text className="h2">最近查过</Text>
          {history.map((it) => (
            <View key={it.id} className="recent tap" data-id={it.id} {...AS_BUTTON} onClick={() => openResult(it)}>
              <View className="recent__body">
                <Text className="recent__city">{it.headline.city}</Text>
                <Text className="small">{label(STATUS, it.headline.status)}</Text>
                <Text className="muted small block">
                  {describeSituation(it.situation)}
                  {it.headline.holes > 0 ? ` · ${it.headline.holes} 个月不能报销` : ''}
                  {it.headline.benefitsFrom ? ` · ${fmtDate(it.headline.benefitsFrom)}起报销` : ''}
                </Text>
                <Text className="muted small block">{fmtInstant(it.createdAt)} 查询</Text>
              </View>
              <Text className="recent__go">{opening === it.id ? '打开中…' : '查看 ›'}</Text>
            </View>
          ))}
          {error ? (
            <View id="recent-error" className="error-box">
              {error}
            </View>
          ) : null}
        </View>
      ) : null}

      <View id="myths" className="card care-hide">
        <Text className="h2">常见说法，对不对？</Text>
        {MYTHS.map((m, i) => {
          const open = openMyth === i;
          return (
            <View key={i} className="myth" data-index={i}>
              <View
                id={`myth-${i}`}
                className="myth__q tap"
                {...AS_BUTTON}
                aria-expanded={open}
                onClick={() => setOpenMyth(open ? null : i)}
              >
                <Text className="myth__qtext">{m.q}</Text>
                <Text className={`tag tag--${m.tone}`}>{m.verdict}</Text>
              </View>
              {open ? (
                <View className="myth__a" id={`myth-${i}-answer`}>
                  <Text className="block">{m.a}</Text>
                  {m.sources.map((s) => (
                    <SourceLine key={s.title} source={s} />
                  ))}
                </View>
              ) : null}
            </View>
          );
        })}
      </View>

      <View className="foot-links">
        <View
          id="go-reminders"
          className="link tap"
          {...AS_BUTTON}
          onClick={() => Taro.navigateTo({ url: '/pages/reminders/index' })}
        >
          我的提醒
        </View>
        <View
          id="go-privacy"
          className="link tap"
          {...AS_BUTTON}
          onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}
        >
          隐私说明
        </View>
      </View>
    </Page>
  );
}
