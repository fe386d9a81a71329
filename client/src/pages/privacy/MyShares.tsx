// 我分享的结果 on the privacy page: every live share with a button that revokes it at once.
import { View, Text } from '@tarojs/components';
import { AS_BUTTON } from '../../components/common';
import { isApiError, messageOf, revokeShare, type ShareInfo } from '../../services/api';
import { fmtInstant } from '../../utils/dates';

export function MyShares({
  shares,
  setShares,
  setMsg,
}: {
  shares: ShareInfo[] | null;
  setShares: (update: (list: ShareInfo[] | null) => ShareInfo[]) => void;
  setMsg: (message: string) => void;
}) {
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
  const live = (shares ?? []).filter((s) => !s.revoked);
  return (
    <View id="my-shares" className="card">
      <Text className="h2">我分享的结果</Text>
      {shares === null ? <Text className="muted">正在加载…</Text> : null}
      {shares && live.length === 0 ? <Text className="muted">没有有效的分享。</Text> : null}
      {live.map((s) => (
        <View key={s.token} className="reminder share-item" data-token={s.token}>
          <Text className="reminder__title">{s.title}</Text>
          <Text className="muted small">{fmtInstant(s.expiresAt)} 失效</Text>
          <View className="btn btn--quiet tap mt revoke-btn" {...AS_BUTTON} onClick={() => revoke(s)}>
            撤回这个分享
          </View>
        </View>
      ))}
    </View>
  );
}
