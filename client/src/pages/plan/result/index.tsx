// The plan result: the dated limits with 提醒我, the cover picture when paying resumes, the bridges, the pension
// card, and 发给家人 like any report.
import { useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, HomeButton } from '../../../components/Button';
import { AS_BUTTON, Page, useCare } from '../../../components/common';
import { PlanView } from '../../../components/plan/PlanView';
import { useRemind } from '../../../components/remind';
import { NoticesCard } from '../../../components/report/NoticesCard';
import { SourcesCard } from '../../../components/report/SourcesCard';
import { PensionCard } from '../../../components/report/PensionCard';
import { ShareCard } from '../../../components/share';
import { shareMessage } from '../../../components/shareMessage';
import { getCurrent } from '../../../services/storage';
import type { ShareCreated } from '../../../services/api';

const PLAN_SHARE = shareMessage('社保断缴助手：停交前算一算', '/pages/index/index');

export default function PlanResult() {
  const [share, setShare] = useState<ShareCreated | null>(null);
  // weapp: the share button and the 「…」 menu send the stored snapshot (with the plan), never a live situation.
  useShareAppMessage(() => (share ? shareMessage(share.title, share.path) : PLAN_SHARE));
  const { control, sheet } = useRemind();
  const [current] = useState(getCurrent);
  const [care] = useCare();

  if (!current?.report.plan) {
    return (
      <Page care={care} id="plan-result">
        <View className="card">
          <Text className="h1">还没有停交计划</Text>
          <View className="btn tap" {...AS_BUTTON} onClick={() => Taro.redirectTo({ url: '/pages/plan/index' })}>
            算一算
          </View>
        </View>
      </Page>
    );
  }
  const { report, situation } = current;
  return (
    <Page care={care} id="plan-result">
      <PlanView report={report} remind={control} />
      <PensionCard report={{ ...report, pension: report.plan?.outcome?.pension ?? report.pension }} />
      <ShareCard situation={situation} share={share} onShared={setShare} />
      <NoticesCard report={report} />
      <SourcesCard report={report} />
      <View className="btn-stack">
        <Button id="plan-again" kind="quiet" onTap={() => Taro.redirectTo({ url: '/pages/plan/index' })}>
          换个月份再算
        </Button>
        <HomeButton />
      </View>
      {sheet}
    </Page>
  );
}
