import { useState, type PropsWithChildren, type ReactNode } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { loadCare } from '../services/storage';

/** H5: lets assistive tech (and Playwright's role queries) see a View as a button. Not a declared prop. */
export const AS_BUTTON = { role: 'button' } as Record<string, string>;

/** 关怀模式 as stored; re-read whenever the page shows (the home page's switch changes it). */
export function useCare(): [boolean, (on: boolean) => void] {
  const [care, setCare] = useState(loadCare);
  useDidShow(() => setCare(loadCare()));
  return [care, setCare];
}

export function Page({ care, children, id }: PropsWithChildren<{ care: boolean; id?: string }>) {
  return (
    <View id={id} className={care ? 'page care' : 'page'} data-care={care ? 'on' : 'off'}>
      {children}
    </View>
  );
}

export function goHome() {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1 && pages[0]?.route?.includes('pages/index/index')) {
    Taro.navigateBack({ delta: pages.length - 1 });
  } else {
    Taro.reLaunch({ url: '/pages/index/index' });
  }
}

/** Back to the previous page, or home when this page was opened directly (shared link, reload). */
export function goBack() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack();
  else Taro.reLaunch({ url: '/pages/index/index' });
}

export function TopBar({
  id,
  title,
  right,
  onBack,
  backLabel = '返回',
}: {
  id: string;
  title?: string;
  right?: ReactNode;
  onBack?: () => void;
  backLabel?: string;
}) {
  return (
    <View className="topbar">
      <View id={id} className="topbar__back tap" {...AS_BUTTON} onClick={onBack ?? goBack}>
        ‹ {backLabel}
      </View>
      {title ? <Text className="topbar__progress">{title}</Text> : null}
      {right}
    </View>
  );
}

export function toast(title: string) {
  Taro.showToast({ title, icon: 'none', duration: 2500 }).catch(() => undefined);
}

export function copy(text: string) {
  Taro.setClipboardData({ data: text }).catch(() => toast('复制失败，请长按文字手动复制'));
}
