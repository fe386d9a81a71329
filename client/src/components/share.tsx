// 发给家人: the share function stores a snapshot of the report (no names, no ID numbers) for 30 days.
//   weapp: after it is created, a share button (open-type="share") sends the card; the page's
//          useShareAppMessage returns the created title and path.
//   H5:    a link to copy (location.origin + '/#' + path).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Button } from '@tarojs/components';
import type { Situation } from '../types/contract';
import { SHARE_DAYS } from '../config';
import { createShare, isApiError, messageOf, type ShareCreated } from '../services/api';
import { fmtDate, todayInChina } from '../utils/dates';
import { AS_BUTTON, copy } from './common';

export function shareUrl(path: string): string {
  if (process.env.TARO_ENV === 'weapp') return path;
  return `${window.location.origin}/#${path.startsWith('/') ? path : `/${path}`}`;
}

export function ShareCard({
  situation,
  share,
  onShared,
}: {
  situation: Situation;
  share: ShareCreated | null;
  onShared: (s: ShareCreated) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const create = () => {
    if (busy) return;
    setBusy(true);
    setError('');
    createShare(situation)
      .then((res) => {
        if (isApiError(res)) setError(res.error.message);
        else {
          onShared(res);
          if (process.env.TARO_ENV === 'weapp') {
            Taro.showShareMenu({
              withShareTicket: false,
              menus: ['shareAppMessage'],
            } as Taro.showShareMenu.Option).catch(() => undefined);
          }
        }
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  return (
    <View id="share-card" className="card">
      <Text className="h2">发给家人看看</Text>
      <Text className="muted block">
        只发送这份结果（城市、月份和结论），不含姓名、身份证号。链接 {SHARE_DAYS} 天内有效，可在「隐私说明」里随时撤回。
      </Text>
      {!share ? (
        <View
          id="share"
          className={`btn btn--primary tap mt${busy ? ' btn--busy' : ''}`}
          {...AS_BUTTON}
          onClick={create}
        >
          {busy ? '正在生成…' : '发给家人'}
        </View>
      ) : process.env.TARO_ENV === 'weapp' ? (
        <View className="mt">
          <Button id="share-send" className="btn btn--primary tap" openType="share">
            发送给微信好友
          </Button>
          <Text className="muted small block mt">也可以点右上角「…」转发。</Text>
        </View>
      ) : (
        <View className="mt">
          <Text className="block">
            复制下面的链接，用微信、短信发给家人（{fmtDate(todayInChina(Date.parse(share.expiresAt) || Date.now()))}
            前有效）：
          </Text>
          <Text id="share-link" className="share-link" userSelect>
            {shareUrl(share.path)}
          </Text>
          <View id="copy-link" className="btn tap mt" {...AS_BUTTON} onClick={() => copy(shareUrl(share.path))}>
            复制链接
          </View>
        </View>
      )}
      {error ? (
        <View id="share-error" className="error-box">
          {error}
        </View>
      ) : null}
    </View>
  );
}
