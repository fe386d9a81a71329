// What is stored about a user, why, and for how long: the list the 隐私说明 page shows. The periods are the
// server's retention limits (functions/dispatch/retention.ts, enforced by the timed trigger) and the situation's
// fields are the contract's (engine/validate.ts): tests/unit/privacy-page.test.ts fails when either drifts.

/** Days, as in RETENTION_DAYS on the server. */
export const KEEP_DAYS = { history: 365, endedReminders: 90, shares: 30, outbox: 90 } as const;
export const HISTORY_PER_USER = 20;
export const SHARE_VALID_DAYS = 30;

/** Every field of a stored situation, in words. */
export const SITUATION_FIELDS: Record<string, string> = {
  asOf: '查询日期（填写了才保存）',
  city: '城市',
  hukou: '户籍（本地/外地）',
  gender: '性别（选填）',
  birth: '出生年月（选填）',
  specialGroup: '特殊人群（如新生儿、学生）',
  periods: '各段缴费记录：参保类型、起止月份、是否补缴及补缴日期',
  gapReason: '断缴原因',
  concerns: '关心的事项',
  plannedBirth: '预产期（选填）',
  monthlyBase: '缴费基数（选填）',
  originalRetirementAge: '原法定退休年龄（选填）',
  plan: '停缴计划：停缴月份、恢复月份和过渡方式（选填）',
};

export interface StoredItem {
  id: string;
  what: string;
  fields: string;
  why: string;
  howLong: string;
}

export const STORED: StoredItem[] = [
  {
    id: 'history',
    what: '最近的查询',
    fields: `${Object.values(SITUATION_FIELDS).join('；')}；以及结论摘要（城市名、医保状态、断缴月数、恢复报销日期）和保存时间。只保存这些字段，其他内容不会存下来。`,
    why: '在首页列出你查过的结果，点开时重新计算。',
    howLong: `每人只留最近 ${HISTORY_PER_USER} 条；超过 ${KEEP_DAYS.history} 天的自动删除。`,
  },
  {
    id: 'reminders',
    what: '你设置的提醒',
    fields:
      '事项名称和标识、截止日期、提前天数、发送时间、要发送的消息内容、状态（待发送/已发送/已取消等）、发送失败的原因、创建和更新时间。',
    why: '在你要求的时间通过微信订阅消息提醒你，并在「我的提醒」里显示。',
    howLong: `待发送的保留到发送或取消；发送、取消或失败后 ${KEEP_DAYS.endedReminders} 天删除。`,
  },
  {
    id: 'shares',
    what: '你分享的结果',
    fields: '结果快照（不含你填写的缴费基数和出生年月）、标题、创建和失效时间、是否已撤回。',
    why: '让收到链接的家人查看这份结果。',
    howLong: `链接 ${SHARE_VALID_DAYS} 天后失效；失效或撤回 ${KEEP_DAYS.shares} 天后从服务器删除。`,
  },
  {
    id: 'identity',
    what: '你的匿名编号',
    fields: '微信给本小程序的用户编号 OpenID（在浏览器中：随机编号经加密摘要后的值），和上面每条记录存在一起。',
    why: '区分不同的用户，保证只有你能看到和删除你的记录。',
    howLong: '随每条记录一起删除。',
  },
  {
    id: 'device',
    what: '这台设备上',
    fields: '没填完的答案、最近选过的城市、最近一次结果、关怀模式开关。',
    why: '下次打开时接着填、少打字。',
    howLong: '直到你在下面清除，或删除小程序。',
  },
];
