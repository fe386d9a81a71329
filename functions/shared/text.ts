// Counting and shortening user-facing text the way WeChat counts it: by characters (code points), so a Chinese
// character or an emoji is one character, not two UTF-16 units.

export function charCount(text: string): number {
  return Array.from(text).length;
}

/**
 * Fits `text` into `max` characters without losing its meaning first: drops the spaces the engine puts around
 * numbers ("在 12月31日 前" → "在12月31日前"), then trailing remarks in brackets, and only then cuts with "…".
 */
export function shorten(text: string, max: number): string {
  let out = text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (charCount(out) <= max) return out;
  out = out.replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '');
  if (charCount(out) <= max) return out;
  const withoutRemark = out.replace(/[（(][^（）()]*[）)]$/, '').trim();
  if (withoutRemark && charCount(withoutRemark) <= max) return withoutRemark;
  return (
    Array.from(withoutRemark || out)
      .slice(0, max - 1)
      .join('')
      .replace(/[，、；：,;:\s]+$/, '') + '…'
  );
}
