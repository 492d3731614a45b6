import { defineConfig } from 'vitest/config';

// Node 20.19+ is supported locally (README); the AWS SDK's notice about its 2027 plans would
// otherwise print once per test worker.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * `npm test`: pure unit tests (the web app's pure modules too, in tests/web), adapter tests with mocked AWS clients, integration tests against one
 * DynamoDB Local started by the global setup (each test file gets its own table), the route-table
 * security harness and the CDK assertions. E2E (browser) runs separately: `npm run test:e2e`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'functions/**/*.test.ts', 'tests/web/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'tests/integration/**/*.test.ts',
            'tests/harness/**/*.test.ts',
            'packages/*/src/**/*.int.test.ts',
          ],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
