// 隐私说明 (required by WeChat review): what is stored, for how long, and the buttons that delete it.
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, TopBar, useCare } from '../../components/common';
import { clearHistory, isApiError, listShares, messageOf, revokeShare, type ShareInfo } from '../../services/api';
import { clearLocal } from '../../services/storage';
import { fmtInstant } from '../../utils/dates';
import { SHARE_DAYS } from '../../config';

export default function Privacy() {
  const [care, setCare] = useCare();
  const [shares, setShares] = useState<ShareInfo[] | null>(null);
  const [msg, setMsg] = useState('');

  useDidShow(() => {
    listShares()
      .then((res) => setShares(isApiError(res) ? [] : res.shares))
      .catch(() => setShares([]));
  });

  const clear = () => {
    Taro.showModal({ title: '清空最近结果', content: '删除后，首页不再显示你查过的结果。确定删除吗？' })
      .then((r) => {
        if (!r.confirm) return;
        return clearHistory().then((res) =>
          setMsg(isApiError(res) ? res.error.message : `已删除 ${res.removed} 条最近结果。`),
        );
      })
      .catch((e: unknown) => setMsg(messageOf(e)));
  };

  const revoke = (s: ShareInfo) => {
    revokeShare(s.token)
      .then((res) => {
        if (isApiError(res)) setMsg(res.error.message);
        else {
          setShares((list) => (list ?? []).filter((x) => x.token !== s.token));
          setMsg('已撤回，家人再打开这个链接会看到「已撤回」。');
        }
      })
      .catch((e: unknown) => setMsg(messageOf(e)));
  };

  return (
    <Page care={care} id="privacy">
      <TopBar id="privacy-back" />
      <Text className="h1">隐私说明</Text>

      <View className="card">
        <Text className="h2">我们保存什么</Text>
        <Text className="list-item">
          最近的查询结果：城市、缴费月份、你关心的事项和结论（选填了性别和出生年月的，也包括这两项），每人最多保留最近
          20 条。
        </Text>
        <Text className="list-item">
          你设置的提醒：事项、截止日期和发送时间，发送或取消后仍保留记录，可在「我的提醒」查看。
        </Text>
        <Text className="list-item">
          你分享的结果：只保存结果本身，{SHARE_DAYS} 天后链接失效，再过 {SHARE_DAYS} 天从服务器上删除。
        </Text>
        <Text className="list-item">这台设备上：没填完的答案、最近选过的城市、关怀模式开关。</Text>
        <Text className="para">
          我们不收集姓名、身份证号、手机号，也不需要你登录社保账号。你的身份只用微信给小程序的匿名编号（在浏览器中是一个随机编号）区分。
        </Text>
        <Text className="para">这些数据只用来给你显示结果和发送你要求的提醒，不会提供给任何第三方。</Text>
      </View>

      <View className="card">
        <Text className="h2">怎么删除</Text>
        <View className="btn-stack">
          <View id="clear-history" className="btn tap" {...AS_BUTTON} onClick={clear}>
            清空最近结果
          </View>
          <View
            id="privacy-reminders"
            className="btn tap"
            {...AS_BUTTON}
            onClick={() => Taro.navigateTo({ url: '/pages/reminders/index' })}
          >
            到「我的提醒」取消提醒
          </View>
          <View
            id="clear-local"
            className="btn btn--quiet tap"
            {...AS_BUTTON}
            onClick={() => {
              clearLocal();
              setCare(false);
              setMsg('已清除这台设备上保存的答案和设置。');
            }}
          >
            清除这台设备上的记录
          </View>
        </View>
        {msg ? (
          <Text id="privacy-msg" className="para">
            {msg}
          </Text>
        ) : null}
      </View>

      <View id="my-shares" className="card">
        <Text className="h2">我分享的结果</Text>
        {shares === null ? <Text className="muted">正在加载…</Text> : null}
        {shares && shares.filter((s) => !s.revoked).length === 0 ? (
          <Text className="muted">没有有效的分享。</Text>
        ) : null}
        {(shares ?? [])
          .filter((s) => !s.revoked)
          .map((s) => (
            <View key={s.token} className="reminder share-item" data-token={s.token}>
              <Text className="reminder__title">{s.title}</Text>
              <Text className="muted small">{fmtInstant(s.expiresAt)} 失效</Text>
              <View className="btn btn--quiet tap mt revoke-btn" {...AS_BUTTON} onClick={() => revoke(s)}>
                撤回这个分享
              </View>
            </View>
          ))}
      </View>
    </Page>
  );
}
