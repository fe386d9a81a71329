// The copy review's glossary as checks on every sentence of a report (copy review L1, L2, L3, L15, L16, L17, M17):
// one date style with no half-width space around a date, no ISO dates or decimal years in prose, no dash ranges,
// the province named (not 省里), 你 (not 您), and the hotline named in one notice and one to-do at most.
import type { Report } from '../../../engine';
import { sentencesOf } from './sentence-numbers';

const DATE = /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日/g;

export function styleProblems(report: Report): string[] {
  const out: string[] = [];
  // sentencesOf includes every price's basis (options and plan bridges).
  const sentences = sentencesOf(report);
  for (const { where, text } of sentences) {
    const say = (why: string) => out.push(`${where}: ${why} in “${text}”`);
    for (const m of text.matchAll(DATE)) {
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      if (before === ' ' || after === ' ') say(`a space around ${m[0]} (L1)`);
    }
    if (/\d{4}-\d{2}/.test(text)) say('an ISO date (L2)');
    if (/\d+\.\d+ ?年/.test(text)) say('decimal years (L3)');
    if (/[\d月]\s?[–—]\s?\d/.test(text)) say('a dash range (L15)');
    if (text.includes('省里')) say('省里 instead of the province (L17)');
    if (text.includes('您')) say('您 instead of 你');
    if (text.includes('万分之')) say('万分之 instead of the one rate form, 0.05% (L5)');
    if (!where.endsWith('.cost') && text.includes('+')) say('a + in prose (L19)');
  }
  const HOTLINE = /(?<![\d.])12393(?![\d.]| ?[元天个月年])/; // not a quantity: a 12393-yuan base, 12393 days of late fee
  const hotline = (list: string[]) => list.filter((t) => HOTLINE.test(t)).length;
  if (hotline(report.notices) > 1) out.push('12393 in more than one notice (L16)');
  if (hotline(report.actions.map((a) => a.title)) > 1) out.push('12393 in more than one to-do (L16)');
  const elsewhere = sentences.filter((s) => !/^(notices|actions)/.test(s.where) && HOTLINE.test(s.text));
  for (const s of elsewhere) out.push(`${s.where}: 12393 outside the notice and the to-do (L16)`);
  return out;
}
