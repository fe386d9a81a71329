// What a log line may say about an error or a value: the privacy page promises "日志里没有查询内容，只有匿名编号".
// An error's message can carry numbers taken from the input (a month, a city code, a base), so its digits are
// masked; the stack's frames (file and line of the code) are kept, and so is every word of the message.

/** Digits in a message become '#': "no value at 1995-12 for 440300" → "no value at ####-## for ######". */
export function maskDigits(text: string): string {
  return text.replace(/[0-9]/g, '#');
}

/** An error as a log line: its message with digits masked, then the stack's frames. */
export function describeForLog(detail: unknown): string {
  if (detail instanceof Error) {
    const head = `${detail.name}: ${maskDigits(detail.message)}`;
    const frames = (detail.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n');
    return frames ? `${head}\n${frames}` : head;
  }
  // Other details are built by the code (the dispatcher's counts), not taken from a request.
  if (detail && typeof detail === 'object') return JSON.stringify(detail);
  return String(detail ?? '');
}
