// A report someone shared (read-only): share.get with the token from the link. Expired, revoked and unknown
// tokens get a page that says so; either way the reader can start their own check.
import { useEffect, useState, type PropsWithChildren } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, useCare } from '../../components/common';
import { PlanView } from '../../components/plan/PlanView';
import { ReportView } from '../../components/report/ReportView';
import { shareMessage } from '../../components/shareMessage';
import { getShare, isApiError, messageOf, type SharedReport } from '../../services/api';
import { fmtDate, todayInChina } from '../../utils/dates';
import { startIntake } from '../../services/storage';
import { SHARE_DAYS } from '../../config';

type State =
  | { kind: 'loading' }
  | { kind: 'ok'; data: SharedReport }
  | { kind: 'gone'; code: string; title: string; text: string };

const GONE: Record<string, { title: string; text: string }> = {
  SHARE_EXPIRED: {
    title: '这个分享已过期',
    text: `分享的结果只保留 ${SHARE_DAYS} 天。可以请家人重新分享，或者自己查一查。`,
  },
  SHARE_REVOKED: {
    title: '分享人已撤回这个结果',
    text: '这个链接已经不能查看了。可以请家人重新分享，或者自己查一查。',
  },
  SHARE_NOT_FOUND: { title: '找不到这个分享', text: '链接可能不完整或有误。请让家人重新复制链接发给你。' },
};

function chinaDay(iso: string): string {
  const t = Date.parse(iso);
  return fmtDate(todayInChina(Number.isNaN(t) ? Date.now() : t));
}

function StartButtons() {
  return (
    <View className="btn-stack">
      <View id="self-check" className="btn btn--primary tap" {...AS_BUTTON} onClick={() => startIntake(false)}>
        我也查一查
      </View>
      <View id="family-check" className="btn tap" {...AS_BUTTON} onClick={() => startIntake(true)}>
        帮家人查
      </View>
    </View>
  );
}

function Gone({
  state,
  onRetry,
  children,
}: PropsWithChildren<{ state: Extract<State, { kind: 'gone' }>; onRetry: () => void }>) {
  return (
    <View id="shared-error" className="card" data-code={state.code}>
      <Text className="h1">{state.title}</Text>
      <Text className="para">{state.text}</Text>
      {state.code === 'NETWORK' ? (
        <View id="retry" className="btn tap mt" {...AS_BUTTON} onClick={onRetry}>
          重试
        </View>
      ) : null}
      {children}
    </View>
  );
}

export default function Shared() {
  const [care] = useCare();
  const router = useRouter();
  const token = (router.params.token ?? '').trim();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useShareAppMessage(() => shareMessage('社保断缴助手：断缴了先查一查', '/pages/index/index'));

  const load = () => {
    if (!token) {
      setState({ kind: 'gone', code: 'SHARE_NOT_FOUND', ...GONE.SHARE_NOT_FOUND });
      return;
    }
    setState({ kind: 'loading' });
    getShare(token)
      .then((res) => {
        if (isApiError(res)) {
          const known = GONE[res.error.code];
          setState({
            kind: 'gone',
            code: res.error.code,
            ...(known ?? { title: '暂时打不开这个分享', text: res.error.message }),
          });
        } else setState({ kind: 'ok', data: res });
      })
      .catch((e: unknown) =>
        setState({ kind: 'gone', code: 'NETWORK', title: '暂时打不开这个分享', text: messageOf(e) }),
      );
  };

  useEffect(load, [token]);

  const startButtons = <StartButtons />;

  if (state.kind === 'loading') {
    return (
      <Page care={care} id="shared">
        <View className="loading">正在打开…</View>
      </Page>
    );
  }

  if (state.kind === 'gone') {
    return (
      <Page care={care} id="shared">
        <Gone state={state} onRetry={load}>
          {startButtons}
        </Gone>
      </Page>
    );
  }

  const { data } = state;
  return (
    <Page care={care} id="shared">
      <View id="shared-head" className="banner">
        这是家人分享给你的自查结果（{chinaDay(data.createdAt)}生成，{chinaDay(data.expiresAt)}
        前可以查看）。结果按当时的情况计算。
      </View>
      {data.report.plan ? <PlanView report={data.report} /> : null}
      <ReportView report={data.report} care={care} shared />
      <View className="card">
        <Text className="h2">自己也有断缴的情况？</Text>
        {startButtons}
      </View>
    </Page>
  );
}
