// 政策依据: the places whose own rules the product has, what kind of rules each has, and when they were last checked
// (data generated from policies/ by `npm run policies:build`), so a person can see how solid their city's answer is.
import { View, Text } from '@tarojs/components';
import { Page, TopBar, useCare } from '../../components/common';
import { DATA_DATE, POLICY_BASIS } from '../../data/policy-basis';
import './index.scss';

export default function Policy() {
  const [care] = useCare();
  const provinces = POLICY_BASIS.filter((p) => p.level === 'province');
  const cities = POLICY_BASIS.filter((p) => p.level === 'city');
  const place = (p: (typeof POLICY_BASIS)[number]) => (
    <View key={p.name} className="policy-place" data-place={p.name}>
      <Text className="policy-place__name">{p.name}</Text>
      {p.kinds.map((k) => (
        <Text key={k.kind} className="policy-kind" data-kind={k.kind}>
          {k.kind}：{k.rules.join('、')}（{k.basis}）
        </Text>
      ))}
    </View>
  );
  return (
    <Page care={care} id="policy">
      <TopBar id="policy-back" />
      <Text className="h1">政策依据</Text>
      <View className="card">
        <Text className="para">
          下面是已收录本地规定的城市和省份，每类规定读的是官方页面还是转载、最近一次打开原文核对的日期（数据截至{' '}
          {DATA_DATE}
          ）。可信度“低”的规定来自网上转载的二手资料，结果是估算，请向当地核实。
        </Text>
        <Text className="para">
          不在列表里的城市（例如北京、广州、成都、西安的断缴规定）按省里或国家的规定估算；请打
          12393（医保服务热线）或向当地医保局核实。
        </Text>
      </View>
      <View className="card" id="policy-cities">
        <Text className="h2">城市（{cities.length}）</Text>
        {cities.map(place)}
      </View>
      <View className="card" id="policy-provinces">
        <Text className="h2">全省适用（{provinces.length}）</Text>
        {provinces.map(place)}
      </View>
    </Page>
  );
}
