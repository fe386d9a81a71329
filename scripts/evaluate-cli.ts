// The contract's command line: `npm run -s evaluate -- FILE.json` or `-` for stdin (a Situation, or a case file).
// Report on stdout, exit 0; invalid input: the Error on stdout, exit 2; internal error: exit 1.
import { readFileSync } from 'node:fs';
import { evaluate, isEvaluateError } from '../engine';

function main(): number {
  const arg = process.argv[2];
  if (!arg) {
    process.stderr.write('用法: npm run -s evaluate -- FILE.json   （或用 - 从标准输入读取）\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(arg === '-' ? 0 : arg, 'utf8');
  } catch {
    process.stdout.write(
      `${JSON.stringify({ error: { code: 'INVALID_INPUT', field: '', message: `无法读取文件 ${arg}` } })}\n`,
    );
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    process.stdout.write(
      `${JSON.stringify({ error: { code: 'INVALID_INPUT', field: '', message: '输入不是有效的 JSON' } })}\n`,
    );
    return 2;
  }
  // A test case file ({ name, situation, expect }, ../shared/cases) is answered for its situation.
  if (input && typeof input === 'object' && 'situation' in input && 'expect' in input)
    input = (input as { situation: unknown }).situation;
  const result = evaluate(input, { onInternalError: (error) => console.error(error) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (!isEvaluateError(result)) return 0;
  return result.error.code === 'INTERNAL' ? 1 : 2;
}

process.exitCode = main();
