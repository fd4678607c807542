/** Tests run against the TypeScript sources; the policy-pack integration tests need the compiled pack, which globalSetup builds. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/build-once.js',
  // Most integration tests wait on child processes (programs, the policy pack, the CLI): two workers keep both cores busy.
  maxWorkers: 2,
};
