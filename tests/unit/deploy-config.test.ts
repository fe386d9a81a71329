// What a deployment relies on, checked against the code: cloudbaserc.json (CloudBase CLI, docs/deploy.md) and
// every cloudfunctions/<name>/config.json and package.json agree with the registry, the dispatcher's timing, the
// configuration the functions read; the app configuration has what the weapp needs (sitemap, share image, the
// env id from .env in any shell); the subscription template's keywords and field lengths hold for every dated
// action of the own cases; the index list of the docs is the one the local store uses; docs/deploy.md keeps the
// steps a release cannot do without (weapp audit 3).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloudEnvId, parseDotenv } from '../../client/config/cloud-env';
import { evaluate } from '../../engine';
import type { Report } from '../../engine/contract';
import { chineseDate } from '../../engine/time';
import { checkTemplateData, fieldType } from '../../functions/platform/subscribe-fields';
import { loadCases, OWN_DIR } from '../cases';
import { DISPATCH_DEFAULTS } from '../../functions/dispatch/dispatcher';
import { INDEXES } from '../../functions/platform/indexes';
import { wxStore } from '../../functions/platform/wx';
import { MINIPROGRAM_STATES } from '../../functions/platform/wx-openapi';
import { configErrorHint, templateHint } from '../../functions/dispatch/outcome';
import { handlers } from '../../functions/registry';
import {
  parseReminderFields,
  REMINDER_FIELDS,
  REMINDER_PAGE,
  reminderTitle,
  renderReminderData,
} from '../../functions/reminders/template';
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
    // "2.0" enables {{env.NAME}}; the newest CLI schema says "2.1" or no version (docs/deploy.md § Sources).
    expect([undefined, '2.0', '2.1']).toContain(rc.version);
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
      for (const [name, value] of Object.entries(f.envVariables ?? {}))
        if (name !== 'NODE_OPTIONS') expect(value).toMatch(/^\{\{env\.[A-Z_]+\}\}$/);
    }
  });

  it('starts the engine functions with one V8 worker thread (NODE_OPTIONS), the setting npm run bench times', () => {
    // On an instance with fewer cores than node's four V8 worker threads, the threads compiling and collecting take
    // turns with the one answering; a fresh instance's first plans then wait several ms (docs/deploy.md § 7).
    const engineFunctions = rc.functions.filter((f: { name: string }) => ['evaluate', 'share'].includes(f.name));
    expect(engineFunctions).toHaveLength(2);
    for (const f of engineFunctions) expect(f.envVariables).toEqual({ NODE_OPTIONS: '--v8-pool-size=1' });
    for (const f of rc.functions.filter((g: { name: string }) => !['evaluate', 'share'].includes(g.name)))
      expect(f.envVariables?.NODE_OPTIONS).toBeUndefined();
    expect(read('docs/deploy.md')).toContain('NODE_OPTIONS');
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
    // DevTools does not watch the dependencies and caches (weapp audit 3, E7)
    expect(json('project.config.json').watchOptions.ignore).toEqual(expect.arrayContaining(['node_modules/**/*']));
    const ignored = read('.gitignore').split('\n');
    expect(ignored).toEqual(
      expect.arrayContaining(['project.private.config.json', '.env', 'cloudfunctions/*/index.js']),
    );
  });
});

/** Page paths of app.config.ts (main pages and subpackage pages), read from its source. */
function appPages(): string[] {
  const source = read('client/src/app.config.ts');
  const main = [...(source.match(/pages:\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const sub = [...source.matchAll(/\{\s*root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)].flatMap((m) =>
    [...m[2].matchAll(/'([^']+)'/g)].map((p) => `${m[1]}/${p[1]}`),
  );
  return [...main, ...sub];
}

describe('sitemap.json (which pages WeChat search may index)', () => {
  const sitemap = json('client/src/sitemap.json');
  const rules: { action?: string; page: string; params?: string[] }[] = sitemap.rules;
  const firstMatch = (page: string) => rules.find((r) => r.page === page || r.page === '*');

  it('keeps the shared report and the other personal pages out, allows the rest, names only real pages', () => {
    const pages = appPages();
    expect(pages).toEqual(expect.arrayContaining(['pages/index/index', 'pages/shared/index', 'pages/plan/index']));
    for (const r of rules) {
      expect(['allow', 'disallow', undefined]).toContain(r.action);
      if (r.page !== '*') expect(pages).toContain(r.page);
    }
    // Rules match top to bottom; no params and no priority here, so the first rule naming the page decides.
    expect(rules.some((r) => 'priority' in r || 'params' in r)).toBe(false);
    for (const page of [
      'pages/shared/index',
      'pages/result/index',
      'pages/plan/result/index',
      'pages/reminders/index',
      'pages/privacy/index',
    ]) {
      expect(firstMatch(page)).toMatchObject({ action: 'disallow', page });
    }
    expect(firstMatch('pages/index/index')).toMatchObject({ action: 'allow', page: '*' });
    expect(rules[rules.length - 1]).toEqual({ action: 'allow', page: '*' });
  });

  it('is referenced from app.config.ts and copied into the weapp build', () => {
    expect(read('client/src/app.config.ts')).toContain("sitemapLocation: 'sitemap.json'");
    expect(read('client/config/index.ts')).toContain("{ from: 'src/sitemap.json', to: `dist/${target}/sitemap.json` }");
    const built = join(ROOT, 'client/dist/weapp/app.json');
    if (existsSync(built)) {
      expect(JSON.parse(readFileSync(built, 'utf8')).sitemapLocation).toBe('sitemap.json');
      expect(json('client/dist/weapp/sitemap.json')).toEqual(sitemap);
    }
  });
});

describe('share cards', () => {
  it('every page that can be shared sends the bundled neutral image, never a screenshot', () => {
    const pages = (readdirSync(join(ROOT, 'client/src/pages'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => `client/src/pages/${f}`);
    const sharing = pages.filter((f) => read(f).includes('useShareAppMessage('));
    expect(sharing.length).toBeGreaterThanOrEqual(4);
    for (const f of sharing) {
      const calls = read(f).match(/useShareAppMessage\(\(\) =>[\s\S]*?\);\n/g) ?? [];
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) expect(call).toMatch(/shareMessage\(|PLAN_SHARE/);
    }
    expect(read('client/src/components/shareMessage.ts')).toContain("SHARE_IMAGE = '/assets/share-card.png'");
  });

  it('the image is a small 5:4 PNG and is copied into the weapp build', () => {
    const png = readFileSync(join(ROOT, 'client/src/assets/share-card.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width * 4).toBe(height * 5);
    expect(png.length).toBeLessThan(10_000); // the main package's budget
    expect(read('client/config/index.ts')).toContain("from: 'src/assets/share-card.png'");
    const built = join(ROOT, 'client/dist/weapp/assets/share-card.png');
    if (existsSync(join(ROOT, 'client/dist/weapp/app.json'))) expect(readFileSync(built)).toEqual(png);
  });
});

describe('the cloud environment id of the weapp build (client/config/cloud-env.ts)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sdjz-env-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is read from the root .env without any shell export, the process variables first', () => {
    writeFileSync(join(root, '.env'), '# comment\r\nENV_ID=cloud1-abc123\r\nREMINDER_TEMPLATE_ID="x=y"\r\n');
    expect(parseDotenv(read('.env.example'))).toHaveProperty('ENV_ID');
    expect(parseDotenv('A="x=y"\nB=1\n')).toEqual({ A: 'x=y', B: '1' });
    expect(cloudEnvId({}, root)).toEqual({ envId: 'cloud1-abc123', from: '.env' });
    expect(cloudEnvId({ ENV_ID: 'cloud1-other' }, root)).toEqual({ envId: 'cloud1-other', from: 'ENV_ID' });
    expect(cloudEnvId({ TARO_APP_CLOUD_ENV: 't', ENV_ID: 'e' }, root)).toEqual({
      envId: 't',
      from: 'TARO_APP_CLOUD_ENV',
    });
    expect(read('client/config/index.ts')).toContain('cloudEnvId(process.env, path.resolve(__dirname');
  });

  it('stops a deployment build (a .env exists) without a real id; no .env (tests, npm start) is fine', () => {
    expect(cloudEnvId({}, root)).toEqual({ envId: '', from: 'none' });
    writeFileSync(join(root, '.env'), 'MINIPROGRAM_STATE=trial\n');
    expect(cloudEnvId({}, root).problem).toMatch(/ENV_ID/);
    writeFileSync(join(root, '.env'), read('.env.example'));
    expect(cloudEnvId({}, root).problem).toMatch(/your-env-id/);
    expect(cloudEnvId({ ENV_ID: 'default' }, root)).toEqual({ envId: '', from: 'ENV_ID' });
  });
});

describe('the subscription template against what the functions send', () => {
  const fields = parseReminderFields(dotenv.REMINDER_TEMPLATE_FIELDS);
  const dated = loadCases(OWN_DIR).flatMap((c) => {
    const report = evaluate(c.situation) as Report;
    if (!report.actions) return [];
    return [...report.actions, ...(report.plan?.actions ?? [])].filter((a) => a.remindable && a.due);
  });

  it('.env.example names exactly three keywords, thing / date / thing, and docs/deploy.md asks for exactly those', () => {
    expect(fields).toEqual({ fields: REMINDER_FIELDS });
    const keys = Object.values(REMINDER_FIELDS);
    expect(keys.map(fieldType)).toEqual(['thing', 'date', 'thing']);
    const data = renderReminderData({ title: '缴纳2027年居民医保', due: '2026-12-31', sendAt: new Date() });
    expect(Object.keys(data).sort()).toEqual([...keys].sort());
    const doc = read('docs/deploy.md');
    expect(doc.replace(/\*\*/g, '').replace(/\s+/g, ' ')).toContain('exactly these three keywords');
    for (const key of keys) expect(doc).toContain(`\`${key}\``);
  });

  it('every dated action of the own cases fits the fields and keeps what to do (copy review 3 N32)', () => {
    expect(dated.length).toBeGreaterThan(100);
    for (const a of dated) {
      const sendAt = new Date(`${a.due}T01:00:00Z`);
      const data = renderReminderData({ title: a.title, due: a.due!, sendAt, actionKey: a.key });
      expect(checkTemplateData(data)).toBeNull();
      const title = data[REMINDER_FIELDS.title].value;
      expect(title).toBe(reminderTitle(a.title, a.due!));
      expect(title).not.toContain('…'); // never cut mid-sentence
      expect(title).not.toContain(chineseDate(a.due!)); // the date is in the date field
      expect(title).toMatch(/缴|补|接上|报销|要求|办|交/); // a verb: what to do
      expect(data[REMINDER_FIELDS.due].value).toBe(chineseDate(a.due!));
    }
  });

  it('shortens titles to the action (examples from the copy review)', () => {
    expect(reminderTitle('最晚2026年12月31日缴纳 2027 年居民医保', '2026-12-31')).toBe('缴纳2027年居民医保');
    expect(reminderTitle('在 12月31日 前缴纳 2027 年居民医保', '2026-12-31')).toBe('缴纳2027年居民医保');
    expect(
      reminderTitle(
        '如果改交居民医保：2027 年的居民医保要在2026年12月31日前缴（集中参保期2026年9月1日起，以当地通知为准），否则 2027 年开头要先等 3 个月才能报销',
        '2026-12-31',
      ),
    ).toBe('改交居民医保：缴纳2027年的居民医保');
    expect(reminderTitle('在2027年4月30日前接上医保', '2027-04-30')).toBe('接上医保');
    expect(reminderTitle('要求单位补缴欠费；单位不补的，可以打12333投诉，或申请劳动仲裁', '2026-12-31')).toBe(
      '要求单位补缴欠费',
    );
    // another date than the due one stays; a title that is only a date falls back to the plain cut
    expect(reminderTitle('2026年3月1日起交', '2026-02-28')).toBe('2026年3月1日起交');
    expect(reminderTitle('2026年12月31日', '2026-12-31')).toBe('2026年12月31日');
  });
});

describe('docs/deploy.md keeps the steps a release cannot do without', () => {
  const doc = read('docs/deploy.md');
  const at = (text: string) => {
    const i = doc.indexOf(text);
    if (i < 0) throw new Error(`docs/deploy.md lacks: ${text}`);
    return i;
  };

  it('in order: 备案 and the category first, collections before rules and indexes, 备案 before 提交审核', () => {
    expect(at('小程序备案')).toBeLessThan(at('## 2.'));
    expect(at('not 政务民生')).toBeLessThan(at('## 2.'));
    expect(at('添加集合')).toBeLessThan(at('自定义安全规则'));
    expect(at('自定义安全规则')).toBeLessThan(at('索引管理'));
    expect(at('备案号')).toBeLessThan(at('提交审核'));
  });

  it('the DevTools upload of dispatch (云调用 rights, the timer) with its timeout, and the state flip after release', () => {
    expect(at('上传并部署：云端安装依赖')).toBeLessThan(at('上传触发器'));
    expect(doc).toMatch(/超时时间[^\n]*60/);
    expect(doc).toContain('-604101');
    expect(at('MINIPROGRAM_STATE=trial')).toBeLessThan(at('MINIPROGRAM_STATE=formal'));
    expect(doc).not.toContain('. ./.env'); // no bash-only sourcing: the build reads .env itself
  });

  it('quotes the log lines the first deployment is checked by as the code writes them (W1, W2, W3, W11, W14)', async () => {
    const logs: string[] = [];
    const store = wxStore(
      {
        command: {} as never,
        collection: () => ({ add: () => Promise.reject(Object.assign(new Error('x'), { errCode: -502005 })) }) as never,
        createCollection: async () => undefined,
      },
      (m) => logs.push(m),
    );
    // The collection stays missing (every add fails), so the insert fails too, after the creation was logged.
    await expect(store.collection('shares').insert({ _id: 'x' })).rejects.toThrow();
    const created = logs[0].slice(0, logs[0].indexOf('shares'));
    expect(doc).toContain(`${created}<name> did not exist and was created at runtime`);
    const noPermission = configErrorHint(-604101);
    expect(doc).toContain(noPermission.slice(0, noPermission.indexOf('）') + 1));
    expect(doc).toContain('Upload dispatch from WeChat DevTools');
    const hint = templateHint({ templateId: 't', data: { thing1: { value: 'x' } } }, new Error('x'));
    expect(doc).toContain(hint.slice(0, hint.indexOf(' for template')));
    expect(doc).toContain(`"budgetMs":${DISPATCH_DEFAULTS.budgetMs}`);
    expect(doc).toContain('"miniprogramState":"formal"');
    expect(doc).toContain('"configError":null');
  });
});

it('.env.example keeps the dispatcher within the basic plan’s 20 database connections', () => {
  expect(Number(dotenv.DISPATCH_CONCURRENCY)).toBeGreaterThan(0);
  expect(Number(dotenv.DISPATCH_CONCURRENCY)).toBeLessThanOrEqual(20);
});

it('docs/database-rules.md lists the indexes the code uses', () => {
  const rows = [...read('docs/database-rules.md').matchAll(/^\| `(\w+)` \| (`\w+`(?:, `\w+`)*) \|/gm)].map(
    (m) => `${m[1]}: ${[...m[2].matchAll(/`(\w+)`/g)].map((f) => f[1]).join(',')}`,
  );
  const expected = Object.entries(INDEXES).flatMap(([c, list]) => list.map((fields) => `${c}: ${fields.join(',')}`));
  expect(rows.sort()).toEqual(expected.sort());
});
