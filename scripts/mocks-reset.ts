/**
 * `npm run mocks:reset`: the mock-API service's shared state back to its seed. A running service
 * resets itself (it holds the state in memory too); otherwise the files go.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_NAMESPACE } from '../mocks/lib/request-context';

const origin = process.env.MOCK_API_ORIGIN ?? 'http://localhost:4402';
const stateDir = resolve(process.env.MOCK_STATE_DIR ?? '.mock-state/dev');

try {
  const response = await fetch(`${origin}/api/dev/v1/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`${response.status}`);
  console.info(`Mock-API-tjänsten på ${origin} är återställd till sitt ursprungsläge.`);
} catch {
  rmSync(join(stateDir, DEFAULT_NAMESPACE), { recursive: true, force: true });
  console.info(
    `Ingen mock-API-tjänst svarade på ${origin}; tillståndet i ${stateDir} är borttaget.`,
  );
}
