// The own cases' layout check (tests/case-folders.ts) and the assumed-level check (tests/case-levels.ts), each shown
// failing once on a planted file: a case outside a rule folder, a case in another rule's folder, a rule folder
// without its header, a header naming no fact, and a national case whose city gets a rule of its own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyTables } from '../../engine';
import type { PolicyTables } from '../../engine/policy/types';
import { caseLayoutProblems, HEADER } from '../case-folders';
import { levelProblems } from '../case-levels';
import { loadCases, OWN_DIR, type Case } from '../cases';

const known = (id: string) => ['F13', 'F15'].includes(id);
let dir: string;

function plant(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}
const caseText = (rule: string) => JSON.stringify({ name: 'x', rule, facts: [], situation: {}, expect: {} });
const GOOD_HEADER = '# 000000 全国 · employee.resume\n\n- **F13** …\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'case-layout-'));
  plant('000000-national/employee.resume/a.json', caseText('employee.resume'));
  plant(`000000-national/employee.resume/${HEADER}`, GOOD_HEADER);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('passes a rule folder with its cases and a header naming a fact', () => {
  expect(caseLayoutProblems(dir, known)).toEqual([]);
});

it('fails on a case left outside a rule folder (the old flat layout)', () => {
  plant('000000-national/b.json', caseText('employee.resume'));
  expect(caseLayoutProblems(dir, known)).toEqual([
    '000000-national/b.json：用例不在规则文件夹里（应放在 000000-national/<rule>/ 下；运行 npx tsx scripts/group-cases.ts）',
  ]);
});

it("fails on a case whose rule is not its folder's", () => {
  plant('000000-national/employee.resume/c.json', caseText('resident.window'));
  expect(caseLayoutProblems(dir, known)).toEqual([
    '000000-national/employee.resume/c.json：用例的 rule 是 resident.window，却放在 employee.resume/ 文件夹里',
  ]);
});

it('fails on a rule folder without its header', () => {
  plant('000000-national/resident.window/d.json', caseText('resident.window'));
  expect(caseLayoutProblems(dir, known)).toEqual([
    '000000-national/resident.window/：规则文件夹没有 README.md（写明测的规则、事实和采用的读法）',
  ]);
});

it('fails on a header that names no fact (or only ids docs/policy-facts.md does not define)', () => {
  plant(`000000-national/employee.resume/${HEADER}`, '# employee.resume\n\n按 43号，见 F99。\n');
  expect(caseLayoutProblems(dir, known)).toEqual([
    '000000-national/employee.resume/README.md：没有写出它依据的事实（docs/policy-facts.md 的编号）',
  ]);
});

it('fails when a city rule added later changes the level a national case assumes', () => {
  const national = loadCases(OWN_DIR).find(
    (c) => c.file.startsWith('000000-national/employee.resume/') && c.situation.city === '石家庄',
  ) as Case & { assumes: Record<string, string> };
  expect(national.assumes).toEqual({ 'employee.resume': 'national' });
  expect(levelProblems(policyTables, national)).toEqual([]);
  // 石家庄 (130100) gets an employee.resume rule of its own: the case no longer tests the national one.
  const withCity: PolicyTables = Object.assign({}, policyTables, {
    jurisdictions: Object.assign({}, policyTables.jurisdictions, {
      '130100': {
        code: '130100',
        name: '石家庄市',
        level: 'city',
        rules: { 'employee.resume': policyTables.jurisdictions['000000'].rules['employee.resume'] },
      },
    }),
  });
  expect(levelProblems(withCity, national)).toEqual([
    `${national.file}：用例假定 employee.resume 按 national 一级的规则回答，引擎实际用的是 city；核对新规则下的答案，改 expect；再删掉这条 assumes，运行 npx tsx scripts/group-cases.ts 重新记下`,
  ]);
});
