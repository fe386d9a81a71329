// What the client keeps on the device (Taro storage: weapp storage, localStorage in H5). Nothing here holds
// names or ID numbers: the intake answers, recently chosen cities, the care-mode switch and the last result.
import Taro from '@tarojs/taro';
import type { Report, Situation } from '../types/contract';
import { freshAnswers, type Answers } from '../utils/intake';

const KEY = {
  draft: 'sdjz.intake',
  care: 'sdjz.care',
  cities: 'sdjz.recentCities',
  current: 'sdjz.current',
};

function read<T>(key: string): T | null {
  try {
    const v = Taro.getStorageSync(key);
    return v === '' || v === undefined || v === null ? null : (v as T);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // storage full or unavailable: the app still works, only resuming is lost
  }
}

function remove(key: string) {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // ignore
  }
}

// ---- intake draft (resumes an interrupted intake) ----
export function loadDraft(): Answers | null {
  const d = read<Answers>(KEY.draft);
  return d && typeof d === 'object' && typeof d.step === 'string' ? d : null;
}
export function saveDraft(a: Answers) {
  write(KEY.draft, a);
}
export function clearDraft() {
  remove(KEY.draft);
}

/** Opens the intake from its first question (for the user, or for a family member). */
export function startIntake(forFamily = false, how: 'navigate' | 'redirect' = 'navigate') {
  saveDraft(freshAnswers(forFamily));
  const url = '/pages/intake/index';
  if (how === 'redirect') Taro.redirectTo({ url });
  else Taro.navigateTo({ url });
}

// ---- care mode ----
export function loadCare(): boolean {
  return read<boolean>(KEY.care) === true;
}
export function saveCare(on: boolean) {
  write(KEY.care, on);
}

// ---- recent cities ----
export function loadRecentCities(): string[] {
  const v = read<string[]>(KEY.cities);
  return Array.isArray(v) ? v.filter((x) => typeof x === 'string').slice(0, 4) : [];
}
export function rememberCity(name: string) {
  write(KEY.cities, [name, ...loadRecentCities().filter((c) => c !== name)].slice(0, 4));
}

// ---- the result being shown (memory first, storage so an H5 reload keeps it) ----
export interface CurrentResult {
  situation: Situation;
  report: Report;
}
let current: CurrentResult | null = null;

export function setCurrent(r: CurrentResult) {
  current = r;
  write(KEY.current, r);
}
export function getCurrent(): CurrentResult | null {
  if (current) return current;
  const v = read<CurrentResult>(KEY.current);
  if (v && v.report && v.situation) current = v;
  return current;
}

/** Everything this device keeps (privacy page: 清除本机记录). */
export function clearLocal() {
  current = null;
  for (const k of Object.values(KEY)) remove(k);
}
