// The Chinese of the evaluate errors that are not about one input field (those are phrased in ../validate.ts).
/** Also every cloud function's and the local server's answer to an unexpected failure (functions/platform/invoke.ts). */
export const INTERNAL_MESSAGE = '系统暂时无法处理，请稍后再试';

export function ambiguousPlaceMessage(city: string, suggestions: string[]): string {
  return `“${city.trim()}”在不止一个城市都有，请选择你说的是哪一个：${suggestions.join('、')}`;
}

/** 吉林: the province or its city of the same name (N38); people in 长春 often name the province. */
export function provinceOrCityMessage(p: { city: string; province: string; other?: string }): string {
  const example = p.other ? `（例如${p.other}）` : '';
  return `“${p.city.replace(/市$/, '')}”可以指${p.city}，也可以指${p.province}的其他城市：请选${p.city}，或直接写你所在的城市${example}`;
}

export function unknownCityMessage(city: string): string {
  return `没有找到“${city}”，请输入城市名，例如 武汉、深圳`;
}
