// Repairing a torn NeDB file before it is loaded. A crash in the middle of an append leaves a partial last line;
// a disk or a copy gone wrong can leave many. NeDB refuses to load a file with more than 10 % bad lines, which
// would make `npm start` fail on every restart. Here the good lines are kept, the bad ones are moved to
// `<file>.corrupt-<time>` beside it, and a warning names both, so the server keeps serving and nothing is lost.
// An index declaration is kept only as this code writes it (a plain index on a field): a crafted unique index
// would make NeDB refuse the file on every start, a TTL one would delete documents (P74).
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** An index declaration as NedbStore writes it: a field name, nothing unique, no expiry. */
function isPlainIndex(index: unknown): boolean {
  if (!index || typeof index !== 'object') return false;
  const { fieldName, unique, sparse, ...rest } = index as Record<string, unknown>;
  return typeof fieldName === 'string' && !unique && !sparse && Object.keys(rest).length === 0;
}

/** A line NeDB can load: a JSON object with an _id, or a plain index declaration. */
function isGoodLine(line: string): boolean {
  try {
    const doc = JSON.parse(line) as unknown;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
    const d = doc as { _id?: unknown; $$indexCreated?: unknown };
    if (d.$$indexCreated !== undefined) return isPlainIndex(d.$$indexCreated);
    return typeof d._id === 'string' && d._id.length > 0;
  } catch {
    return false;
  }
}

/** Returns how many lines were moved aside (0 when the file is whole or absent). */
export function repairTornFile(
  filename: string,
  log: (line: string) => void,
  now: () => Date = () => new Date(),
): number {
  if (!existsSync(filename)) return 0;
  const lines = readFileSync(filename, 'utf8').split('\n');
  const good: string[] = [];
  const bad: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    (isGoodLine(line) ? good : bad).push(line);
  }
  if (bad.length === 0) return 0;
  const aside = `${filename}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  appendFileSync(aside, bad.join('\n') + '\n', { mode: 0o600 });
  // Write the kept lines next to the file, then rename: a crash now leaves either the old or the new file.
  const temp = `${filename}.repair`;
  writeFileSync(temp, good.length ? good.join('\n') + '\n' : '');
  renameSync(temp, filename);
  log(
    `warning: ${filename} had ${bad.length} damaged line(s) (of ${good.length + bad.length}); kept ${good.length}, moved the damaged ones to ${aside}`,
  );
  return bad.length;
}
