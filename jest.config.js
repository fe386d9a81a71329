/** @type {import('jest').Config} */
// Two projects: `node` (engine, cases, handlers, local server: tests/ with the root tsconfig) and `client` (the
// client's logic without a browser: tests/client/ and *.test.ts beside the code in client/src, compiled with the
// client's tsconfig; Taro's modules are replaced by small stubs). Browser tests: jest.browser.config.js.
const tsJest = (tsconfig) => ['ts-jest', { tsconfig, diagnostics: { warnOnly: false } }];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest('tsconfig.json') },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
      roots: ['<rootDir>/tests'],
      // Browser tests need a build and chromium: scripts/test.mjs runs them with jest.browser.config.js.
      testPathIgnorePatterns: ['/node_modules/', '/tests/browser/', '/tests/client/'],
    },
    {
      displayName: 'client',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest('tests/client/tsconfig.json') },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
      roots: ['<rootDir>/tests/client', '<rootDir>/client/src'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/client/stubs/taro.ts',
        '^@tarojs/components$': '<rootDir>/tests/client/stubs/components.ts',
        '\\.(s?css)$': '<rootDir>/tests/client/stubs/style.ts',
      },
    },
  ],
};
