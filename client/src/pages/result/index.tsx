import { useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, HomeButton } from '../../components/Button';
import { AS_BUTTON, Page, useCare } from '../../components/common';
import { ReportView } from '../../components/report/ReportView';
import { useRemind } from '../../components/remind';
import { ShareCard } from '../../components/share';
import { shareMessage } from '../../components/shareMessage';
import { getCurrent, startIntake } from '../../services/storage';
import type { ShareCreated } from '../../services/api';

export default function Result() {
  const [care] = useCare();
  const [current] = useState(getCurrent);
  const [share, setShare] = useState<ShareCreated | null>(null);
  const { control, sheet } = useRemind();

  // weapp: the share button and the 「…」 menu send the stored snapshot, never the live situation.
  useShareAppMessage(() =>
    share ? shareMessage(share.title, share.path) : shareMessage('社保断缴助手：断缴了先查一查', '/pages/index/index'),
  );

  if (!current) {
    return (
      <Page care={care} id="result">
        <View className="card">
          <Text className="h1">还没有结果</Text>
          <Text className="para">先回答几个问题，就能看到断缴的影响和补救办法。</Text>
          <View className="btn-stack">
            <View
              id="result-start"
              className="btn btn--primary tap"
              {...AS_BUTTON}
              onClick={() => startIntake(false, 'redirect')}
            >
              开始自查
            </View>
          </View>
        </View>
      </Page>
    );
  }

  return (
    <Page care={care} id="result">
      <ReportView
        report={current.report}
        remind={control}
        care={care}
        middle={<ShareCard situation={current.situation} share={share} onShared={setShare} />}
      />
      <View className="btn-stack">
        <Button id="reminders-link" onTap={() => Taro.navigateTo({ url: '/pages/reminders/index' })}>
          我的提醒
        </Button>
        <Button
          id="edit"
          kind="quiet"
          className="care-hide"
          onTap={() => Taro.redirectTo({ url: '/pages/intake/index' })}
        >
          改一改答案
        </Button>
        <HomeButton />
      </View>
      {sheet}
    </Page>
  );
}
