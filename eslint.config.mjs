// ESLint (flat config), run by `npm run lint` and by `npm test`. Correctness rules only: formatting is Prettier's
// job (`npm run format:check`), so no stylistic rule lives here. The size limits below are the project's
// structure rules for the client, the engine, the cloud functions and the local runtime (a file ≤ 250 lines, a
// function or component ≤ 80 lines).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The project's structure rule: a file ≤ 250 lines, a function or component ≤ 80 lines. */
export const SIZE_LIMITS = {
  'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
  'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
};

/**
 * Files over the size limits today, each waiting to be split (structure review 3, § 3.2). May only shrink: the
 * gates test fails on an entry whose file now fits. items.ts and plan.ts are being rewritten, server.ts split.
 */
export const SIZE_ALLOW_LIST = ['engine/rules/medical.ts', 'engine/rules/remedies/resident.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'client/dist/**',
      'client/.cache/**',
      '.swc/**',
      'coverage/**',
      'artifacts/**',
      '.data/**',
      'cloudfunctions/*/index.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a deliberately unused binding (e.g. a field dropped by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Stripping control characters from user text (functions/shared/text.ts) is the point of such a regex.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // The engine runs for every evaluation and a plan runs it about ten times more. On Node 20 (V8 11.3) an object
    // that starts as a spread copy and then gets more properties (`{ ...a, b }`, `{ ...a, ...b }`) survives the
    // young-generation GCs that follow (measured: 72 bytes of `{ ...{ a: 1 }, b: i }` per call still alive at the
    // next scavenge, none for `Object.assign({}, a, { b })` or `{ b, ...a }`); such copies made each GC during a
    // plan promote ~10 KB per plan and take ~1 ms. Use `Object.assign({}, a, { b })` in the engine.
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ObjectExpression[properties.length>1][properties.0.type='SpreadElement']",
          message:
            'In the engine, write Object.assign({}, a, { b }) instead of { ...a, b }: on Node 20 the spread copy survives young-generation GCs (eslint.config.mjs).',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...SIZE_LIMITS,
    },
  },
  {
    // The same size limits for the engine, the cloud functions and the local runtime.
    files: ['engine/**/*.ts', 'functions/**/*.ts', 'local/**/*.ts'],
    rules: SIZE_LIMITS,
  },
  {
    // Files over the limits today (SIZE_ALLOW_LIST above); a new file over the limits fails ESLint.
    files: SIZE_ALLOW_LIST,
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // Generated data (client/scripts/gen-cities.mjs): exempt from the size limits.
    files: ['client/src/data/cities.ts', 'client/src/data/policy-basis.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // CommonJS config files (jest, babel) are plain require()/module.exports.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Browser tests and the H5 bench run callbacks inside the page (window, document).
    files: ['tests/**/*.ts', 'scripts/bench-h5.mjs'],
    languageOptions: { globals: { ...globals.jest, ...globals.browser } },
    // Tests poke at loosely typed answers (handler events, stored documents); `any` there is deliberate.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
