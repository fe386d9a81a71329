// 提醒我 in weapp: what the user reads when WeChat's subscription prompt fails, by errCode (weapp audit 3, E15).
import { subscribeFailureMessage } from '../../client/src/utils/reminders';

it('tells a bad template (20001) apart from a switched-off prompt (20004) and from everything else', () => {
  const template = subscribeFailureMessage(20001);
  const switchedOff = subscribeFailureMessage(20004);
  const other = subscribeFailureMessage(10005);
  expect(template).toContain('提醒模板');
  expect(template).toContain('20001');
  expect(switchedOff).toContain('设置');
  expect(new Set([template, switchedOff, other]).size).toBe(3);
  expect(subscribeFailureMessage(undefined)).toBe(other);
});
