/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  roots: ['<rootDir>/tests'],
  // Browser tests need a build and chromium: scripts/test.mjs runs them with jest.browser.config.js.
  testPathIgnorePatterns: ['/node_modules/', '/tests/browser/'],
};
