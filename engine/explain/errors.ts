// The Chinese of the evaluate errors that are not about one input field (those are phrased in ../validate.ts).
/** Also every cloud function's and the local server's answer to an unexpected failure (functions/platform/invoke.ts). */
export const INTERNAL_MESSAGE = '系统暂时无法处理，请稍后再试';

export function ambiguousPlaceMessage(city: string, suggestions: string[]): string {
  return `“${city.trim()}”在不止一个城市都有，请选择你说的是哪一个：${suggestions.join('、')}`;
}

export function unknownCityMessage(city: string): string {
  return `没有找到“${city}”，请输入城市名，例如 武汉、深圳`;
}
