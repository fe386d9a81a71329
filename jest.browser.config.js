/** @type {import('jest').Config} */
// The real-browser tests (chromium against the H5 build and the local server), run by scripts/test.mjs last.
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
  testTimeout: 60_000,
};
