// 隐私说明 (required by WeChat review): every stored field, why and for how long (stored.ts), and the buttons that
// delete it: everything at once (DeleteAll), recent results, reminders, shares one by one, this device.
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, TopBar, useCare } from '../../components/common';
import { clearHistory, isApiError, listShares, messageOf, type ShareInfo } from '../../services/api';
import { clearLocal } from '../../services/storage';
import { DeleteAll } from './DeleteAll';
import { MyShares } from './MyShares';
import { KEEP_DAYS, STORED } from './stored';

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

  return (
    <Page care={care} id="privacy">
      <TopBar id="privacy-back" />
      <Text className="h1">隐私说明</Text>

      <StoredList />

      <View className="card">
        <Text className="h2">怎么删除</Text>
        <View className="btn-stack">
          <DeleteAll
            onDone={(message) => {
              setShares([]);
              setCare(false);
              setMsg(message);
            }}
          />
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

      <MyShares shares={shares} setShares={setShares} setMsg={setMsg} />
    </Page>
  );
}

/** Every kind of stored data with its fields, purpose and retention. */
function StoredList() {
  return (
    <View id="stored" className="card">
      <Text className="h2">我们保存什么、为什么、保存多久</Text>
      {STORED.map((item) => (
        <View key={item.id} className="list-item" data-stored={item.id}>
          <Text className="src__title">{item.what}</Text>
          <Text className="para">保存：{item.fields}</Text>
          <Text className="para">用途：{item.why}</Text>
          <Text className="para">期限：{item.howLong}</Text>
        </View>
      ))}
      <Text className="para">
        我们不收集姓名、身份证号、手机号，也不需要你登录社保账号；填在别处的内容不会被保存。日志里没有查询内容，只有匿名编号。
      </Text>
      <Text className="para">
        这些数据只用来给你显示结果和发送你要求的提醒，不会提供给任何第三方。到期的数据由服务器每 5
        分钟检查一次并删除（分享失效后保留 {KEEP_DAYS.shares}{' '}
        天，是为了让打开旧链接的家人看到「已失效」而不是「找不到」）。
      </Text>
    </View>
  );
}
