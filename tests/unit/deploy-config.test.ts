// What a deployment relies on, checked against the code: cloudbaserc.json (CloudBase CLI, docs/deploy.md) and
// every cloudfunctions/<name>/config.json and package.json agree with the registry, the dispatcher's timing, the
// configuration the functions read; the app configuration has what the weapp needs; the index list of the docs
// is the one the local store uses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISPATCH_DEFAULTS } from '../../functions/dispatch/dispatcher';
import { INDEXES } from '../../functions/platform/indexes';
import { MINIPROGRAM_STATES } from '../../functions/platform/wx';
import { handlers } from '../../functions/registry';
import { parseReminderFields, REMINDER_PAGE } from '../../functions/reminders/template';
import { builtPages, configuredPages } from './support/app-pages';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
const rc = json('cloudbaserc.json');
const names = Object.keys(handlers).sort();
const entry = (name: string) => rc.functions.find((f: { name: string }) => f.name === name);
const dotenv = Object.fromEntries(
  read('.env.example')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);

describe('cloudbaserc.json', () => {
  it('deploys exactly the registered functions from cloudfunctions/', () => {
    expect(rc.version).toBe('2.0');
    expect(rc.envId).toBe('{{env.ENV_ID}}');
    expect(rc.functionRoot).toBe('./cloudfunctions');
    expect(rc.functions.map((f: { name: string }) => f.name).sort()).toEqual(names);
    const sources = readdirSync(join(ROOT, 'functions')).filter((n) =>
      existsSync(join(ROOT, 'functions', n, 'index.ts')),
    );
    expect(sources.sort()).toEqual(names);
  });

  it.each(Object.keys(handlers))('%s: runtime, handler, timeout as its config.json, dependencies installed', (name) => {
    const f = entry(name);
    expect(['Nodejs16.13', 'Nodejs18.15']).toContain(f.runtime);
    expect(f.handler).toBe('index.main');
    expect(f.installDependency).toBe(true);
    expect(Number.isInteger(f.timeout) && f.timeout >= 1 && f.timeout <= 60).toBe(true);
    const config = json(`cloudfunctions/${name}/config.json`);
    expect(config.timeout).toBe(f.timeout);
    const pkg = json(`cloudfunctions/${name}/package.json`);
    expect(pkg.main).toBe('index.js');
    expect(pkg.dependencies['wx-server-sdk']).toBe(json('package.json').devDependencies['wx-server-sdk']);
    // Only the dispatcher calls openapi (subscribeMessage.send); no other function needs the permission.
    expect(config.permissions.openapi).toEqual(name === 'dispatch' ? ['subscribeMessage.send'] : []);
  });

  it('gives the dispatcher 60 s, its timer, and a budget that ends before the timeout', () => {
    const f = entry('dispatch');
    expect(f.timeout).toBe(60);
    expect(f.triggers).toEqual(json('cloudfunctions/dispatch/config.json').triggers);
    expect(f.triggers).toHaveLength(1);
    expect(f.triggers[0]).toMatchObject({ type: 'timer' });
    expect(f.triggers[0].config.split(' ')).toHaveLength(7);
    expect(DISPATCH_DEFAULTS.budgetMs).toBeLessThan(f.timeout * 1000);
    expect(DISPATCH_DEFAULTS.leaseMs).toBeGreaterThan(f.timeout * 1000);
  });

  it('passes the configuration the functions read, every variable defined in .env.example', () => {
    expect(Object.keys(entry('reminders').envVariables).sort()).toEqual([
      'REMINDER_TEMPLATE_FIELDS',
      'REMINDER_TEMPLATE_ID',
    ]);
    expect(Object.keys(entry('dispatch').envVariables).sort()).toEqual(['DISPATCH_CONCURRENCY', 'MINIPROGRAM_STATE']);
    const used = [...read('cloudbaserc.json').matchAll(/\{\{env\.([A-Z_]+)\}\}/g)].map((m) => m[1]);
    for (const name of used) expect(dotenv).toHaveProperty(name);
    expect(parseReminderFields(dotenv.REMINDER_TEMPLATE_FIELDS)).toHaveProperty('fields');
    expect(MINIPROGRAM_STATES).toContain(dotenv.MINIPROGRAM_STATE);
    for (const f of rc.functions) {
      for (const value of Object.values(f.envVariables ?? {})) expect(value).toMatch(/^\{\{env\.[A-Z_]+\}\}$/);
    }
  });
});

describe('mini-program configuration', () => {
  it('app.config.ts enables cloud and lazy code loading and lists the pages messages and shares open', () => {
    const source = read('client/src/app.config.ts');
    expect(source).toContain("lazyCodeLoading: 'requiredComponents'");
    expect(source).toContain('cloud: true');
    expect(configuredPages(source)).toEqual(expect.arrayContaining([REMINDER_PAGE, 'pages/shared/index']));
    const built = join(ROOT, 'client/dist/weapp/app.json');
    if (existsSync(built)) {
      const app = JSON.parse(readFileSync(built, 'utf8'));
      expect(app).toMatchObject({ cloud: true, lazyCodeLoading: 'requiredComponents' });
      expect(builtPages(app)).toContain(REMINDER_PAGE);
    }
  });

  it('project.config.json points at the build and the functions; private settings and .env stay out of git', () => {
    expect(json('project.config.json')).toMatchObject({
      miniprogramRoot: 'client/dist/weapp/',
      cloudfunctionRoot: 'cloudfunctions/',
    });
    const ignored = read('.gitignore').split('\n');
    expect(ignored).toEqual(
      expect.arrayContaining(['project.private.config.json', '.env', 'cloudfunctions/*/index.js']),
    );
  });
});

it('docs/database-rules.md lists the indexes the code uses', () => {
  const rows = [...read('docs/database-rules.md').matchAll(/^\| `(\w+)` \| (`\w+`(?:, `\w+`)*) \|/gm)].map(
    (m) => `${m[1]}: ${[...m[2].matchAll(/`(\w+)`/g)].map((f) => f[1]).join(',')}`,
  );
  const expected = Object.entries(INDEXES).flatMap(([c, list]) => list.map((fields) => `${c}: ${fields.join(',')}`));
  expect(rows.sort()).toEqual(expected.sort());
});
