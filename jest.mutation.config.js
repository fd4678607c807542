/**
 * The rule core's own unit tests, for mutation testing (`npm run mutation`). They import src/ directly,
 * so no dist build (the main config's globalSetup) is needed. The rule and parity tests cover the core
 * too, but every core mutant is covered by all ~80 of their files, which makes one mutant cost ~20 s
 * on two cores (hours for the run); the CLI, preview and example tests spawn processes against dist
 * and would not see a mutant at all.
 */
const base = require('./jest.config.js');
const { globalSetup: _build, ...inProcess } = base;

module.exports = {
  ...inProcess,
  testMatch: ['<rootDir>/test/core/**/*.test.ts', '<rootDir>/test/cfn/intrinsics*.test.ts', '<rootDir>/test/cfn/names.test.ts'],
};
