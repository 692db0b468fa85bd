import { defineConfig, devices } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const appUrl = 'http://localhost:5173';
const idpUrl = 'http://localhost:4400';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: the app server, the identity provider and two browsers are enough.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: appUrl,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    // axe-core is injected as a script; the provider's and demo service's strict CSP would refuse it.
    bypassCSP: true,
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: chromium, testIgnore: /restart\.spec\.ts/ },
    // Kills and restarts the shared mock-API service: only once every other test is done.
    {
      name: 'restart',
      use: chromium,
      testMatch: /restart\.spec\.ts/,
      dependencies: ['chromium'],
    },
  ],
  webServer: [
    {
      // The shared mock-API service, from its seed; each test works in a namespace of its own.
      command: 'npm run mocks -- --fresh',
      url: 'http://localhost:4402/api/dev/v1/switches',
      reuseExistingServer: false,
      timeout: 60_000,
      env: { MOCK_STATE_DIR: '.mock-state/e2e' },
    },
    {
      // The search service over the sample corpus (a process of its own behind /api/search).
      command: 'npm run search:service',
      url: 'http://localhost:4403/api/search/v1/search?q=kateter',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The mock journal system: patient list, FHIR R4 server and SMART authorization server.
      command: 'npm run journal',
      url: 'http://localhost:4404/fhir/metadata',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'npm run idp',
      url: `${idpUrl}/.well-known/openid-configuration`,
      // Never a running `npm start`: the tests need their own build and a fresh provider.
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A production build served statically: faster and closer to what staff get than the dev server.
      command: 'npm run build && npx vite preview',
      url: appUrl,
      reuseExistingServer: false,
      timeout: 120_000,
      // A short idle logout, so the idle test needs to move the clock only a few minutes.
      // VITE_DEV_TOOLS=on: the dev tools (/dev/verktyg) are built in; never in production.
      // The mock texts (prerendered) and the direct launch are off unless a build says so.
      env: {
        VITE_IDLE_TIMEOUT_MINUTES: '3',
        VITE_IDLE_WARNING_SECONDS: '60',
        VITE_DEV_TOOLS: 'on',
        VITE_API_MOCKING: 'on',
        VITE_DIRECT_LAUNCH: 'on',
      },
    },
  ],
});
