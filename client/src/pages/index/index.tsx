// Home: what the product does, 开始自查 (or resume), recent results, myth cards with their sources, 关怀模式, and
// links to the other pages (one row of LINKS each).
import { useState } from 'react';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, useCare } from '../../components/common';
import { Button } from '../../components/Button';
import { shareMessage } from '../../components/shareMessage';
import { loadDraft, saveCare, startIntake } from '../../services/storage';
import { stepsFor } from '../intake/steps';
import { MythsCard } from './MythsCard';
import { RecentCard } from './RecentCard';
import './index.scss';

/** Footer links to the other pages. */
const LINKS = [
  { id: 'go-reminders', text: '我的提醒', url: '/pages/reminders/index' },
  { id: 'go-policy', text: '政策依据', url: '/pages/policy/index' },
  { id: 'go-privacy', text: '隐私说明', url: '/pages/privacy/index' },
];

function StartCard() {
  const [draft, setDraft] = useState(loadDraft);
  useDidShow(() => setDraft(loadDraft()));
  const resumable = draft && !draft.done && draft.step !== 'city' ? draft : null;
  return (
    <View className="card">
      <View className="btn-stack">
        {resumable ? (
          <Button id="resume" kind="primary" onTap={() => Taro.navigateTo({ url: '/pages/intake/index' })}>
            继续上次的填写（第 {Math.max(1, stepsFor(resumable).indexOf(resumable.step) + 1)} 步）
          </Button>
        ) : null}
        <Button id="start" kind={resumable ? 'plain' : 'primary'} onTap={() => startIntake(false)}>
          {resumable ? '重新开始自查' : '开始自查'}
        </Button>
        <Button id="family" kind="quiet" className="care-hide" onTap={() => startIntake(true)}>
          帮家人查
        </Button>
        <Button id="plan-entry" kind="quiet" onTap={() => Taro.navigateTo({ url: '/pages/plan/index' })}>
          我打算停交 / 换工作
        </Button>
      </View>
      <Text className="muted small block mt">不用填姓名、身份证号，大约 1 分钟。</Text>
    </View>
  );
}

function CareSwitch({ care, onToggle }: { care: boolean; onToggle: () => void }) {
  return (
    <View className="card">
      <View
        id="care-toggle"
        className="switch tap"
        {...AS_BUTTON}
        aria-checked={care}
        data-on={care ? 'true' : 'false'}
        onClick={onToggle}
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
  );
}

export default function Home() {
  const [care, setCare] = useCare();
  useShareAppMessage(() => shareMessage('社保断缴助手：断缴了先查一查', '/pages/index/index'));
  const toggleCare = () => {
    saveCare(!care);
    setCare(!care);
  };
  return (
    <Page care={care} id="home">
      <View className="hero">
        <Text className="hero__title">社保断缴了，先查一查</Text>
        <Text className="hero__text">
          回答几个问题，就能看清：哪些月份不能报销、还能不能补缴、什么会清零、哪天前要办什么。每条都附政策依据。
        </Text>
      </View>
      <StartCard />
      <CareSwitch care={care} onToggle={toggleCare} />
      <RecentCard />
      <MythsCard />
      <View className="foot-links">
        {LINKS.map((l) => (
          <View
            key={l.id}
            id={l.id}
            className="link tap"
            {...AS_BUTTON}
            onClick={() => Taro.navigateTo({ url: l.url })}
          >
            {l.text}
          </View>
        ))}
      </View>
    </Page>
  );
}
