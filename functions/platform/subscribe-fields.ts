// WeChat subscription-message template fields: the limits of each field type, written as data, and the check
// that a rendered message respects them. A value outside its limit makes subscribeMessage.send fail with 47003,
// so messages are checked when a reminder is created, not discovered when it is sent.
// The type of a field is its key without the trailing number: "thing1" → thing, "date2" → date.
import { charCount } from '../shared/text';

interface FieldLimit {
  /** Most characters (code points) the value may have. */
  max: number;
  /** What the value must look like, beyond its length. */
  pattern?: RegExp;
  /** The rule in words, for the error message. */
  rule: string;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

export const FIELD_LIMITS: Record<string, FieldLimit> = {
  thing: { max: 20, rule: '20 个以内字符' },
  phrase: { max: 5, pattern: new RegExp(`^[${CJK}]+$`), rule: '5 个以内汉字' },
  name: { max: 10, rule: '10 个以内字符' },
  number: { max: 32, pattern: /^[0-9.]+$/, rule: '32 位以内数字' },
  letter: { max: 32, pattern: /^[A-Za-z]+$/, rule: '32 位以内字母' },
  symbol: { max: 5, pattern: /^[^A-Za-z0-9\s\u3400-\u9fff]+$/, rule: '5 位以内符号' },
  character_string: { max: 32, pattern: /^[\x21-\x7e]+$/, rule: '32 位以内数字、字母或符号' },
  amount: { max: 11, pattern: /^[¥$]?[0-9]+(\.[0-9]{1,2})?元?$/, rule: '金额，例如 ¥100.00' },
  phone_number: { max: 17, pattern: /^[0-9+\-() ]+$/, rule: '17 位以内电话号码' },
  date: {
    max: 20,
    pattern: /^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})( \d{1,2}:\d{2})?$/,
    rule: '日期，例如 2026年12月31日 或 2026-12-31',
  },
  time: { max: 20, pattern: /^(\d{4}年\d{1,2}月\d{1,2}日 )?\d{1,2}:\d{2}$/, rule: '时间，例如 15:01' },
};

export function fieldType(key: string): string {
  return key.replace(/\d+$/, '');
}

/** The first field that breaks its type's limit, with the reason in Chinese; null when all are fine. */
export function checkTemplateData(data: Record<string, { value: string }>): { key: string; reason: string } | null {
  for (const [key, { value }] of Object.entries(data)) {
    const limit = FIELD_LIMITS[fieldType(key)];
    if (!limit) return { key, reason: `模板字段 ${key} 的类型未知` };
    if (!value) return { key, reason: `模板字段 ${key} 不能为空` };
    if (charCount(value) > limit.max || (limit.pattern && !limit.pattern.test(value))) {
      return { key, reason: `模板字段 ${key} 应为${limit.rule}` };
    }
  }
  return null;
}
