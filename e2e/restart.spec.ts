/**
 * Runs after every other spec (its own project, playwright.config.ts): it kills the shared
 * mock-API service with SIGKILL and starts it again on the same state, as a crash and a restart
 * of `npm start` would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, loginAs, MOCK_API_ORIGIN, sendToHomeCare, test } from './support/fixtures';

let restarted: ChildProcess | null = null;

test.afterAll(() => {
  // The service this spec started goes with it; Playwright stops only the one it started.
  if (restarted?.pid) process.kill(-restarted.pid, 'SIGTERM');
});

async function serviceUp(): Promise<boolean> {
  try {
    return (await fetch(`${MOCK_API_ORIGIN}/api/dev/v1/service`)).ok;
  } catch {
    return false;
  }
}

test('a message sent just before the service is killed is there after the restart', async ({
  page: maria,
  openBrowserFor,
}) => {
  const subject = `Före omstarten ${Date.now()}`;
  await loginAs(maria, 'skolskoterska');
  await sendToHomeCare(maria, subject, 'Skickat precis före kraschen.');
  await expect(maria.getByText(/Status: (skickat|levererat)/)).toBeVisible();

  // The moment the service has acknowledged it: SIGKILL, no chance to write anything more.
  const { pid } = (await (await fetch(`${MOCK_API_ORIGIN}/api/dev/v1/service`)).json()) as {
    pid: number;
  };
  process.kill(pid, 'SIGKILL');
  await expect.poll(serviceUp).toBe(false);

  restarted = spawn('npx', ['tsx', 'mocks/server/main.ts'], {
    env: { ...process.env, MOCK_STATE_DIR: '.mock-state/e2e' },
    stdio: 'ignore',
    detached: true,
  });
  await expect.poll(serviceUp, { timeout: 20_000 }).toBe(true);

  const elin = await openBrowserFor();
  await loginAs(elin, 'hemsjukskoterska');
  await elin
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Meddelanden' })
    .click();
  await expect(elin.getByRole('link', { name: `${subject} (oläst)` })).toBeVisible();
});
