// Every page path the mini-program has, main package and subpackages alike (a subpackage page's path is its root
// plus its page: { root: 'pages/result', pages: ['index'] } is pages/result/index), from the source of
// client/src/app.config.ts or from a built app.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface AppJson {
  pages?: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
}

export function builtPages(app: AppJson): string[] {
  const subs = [...(app.subPackages ?? []), ...(app.subpackages ?? [])];
  return [...(app.pages ?? []), ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
}

/** From the source: the `pages: [...]` list and each `{ root: '…', pages: [...] }` of subPackages. */
export function configuredPages(source = readFileSync(join(__dirname, '../../../client/src/app.config.ts'), 'utf8')) {
  const quoted = (list: string) => [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const main = /\n {2}pages: \[([^\]]*)\]/.exec(source);
  const subs = [...source.matchAll(/\{\s*root: '([^']+)',\s*pages: \[([^\]]*)\]/g)].map((m) => ({
    root: m[1],
    pages: quoted(m[2]),
  }));
  return builtPages({ pages: main ? quoted(main[1]) : [], subPackages: subs });
}
