import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { configureHttpClient } from '@/lib/http-client';
import { patientLaunchHref } from './service-launch';

const launch = (launchUrl: string) =>
  patientLaunchHref({
    service: { id: 'demo', name: 'Demo', launchUrl },
    identityNumber: '191212121212',
    icd10: [],
    commissionHsaId: 'SE2321000016-C1002',
  });

describe('patientLaunchHref', () => {
  let registered = 0;
  beforeEach(() => {
    registered = 0;
    configureHttpClient({ getAccessToken: async () => 'token', onUnauthorized: () => {} });
    server.use(
      http.post('*/api/launch-context/v1/launches', () => {
        registered++;
        return HttpResponse.json({ handle: 'h-1', expiresAt: '2026-11-21T12:00:00Z' });
      }),
    );
  });
  afterEach(() => configureHttpClient(null));

  it('opens a listed origin with the handle and the commission, never the identity number', async () => {
    const href = new URL(await launch('http://localhost:4401/?tjanst=demo'));
    expect(href.origin).toBe('http://localhost:4401');
    expect(href.searchParams.get('launch')).toBe('h-1');
    expect(href.toString()).not.toContain('1212');
    expect(registered).toBe(1);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'https://evil.example/'])(
    'registers no patient context for %j and says why',
    async (launchUrl) => {
      await expect(launch(launchUrl)).rejects.toThrow(/Tjänst/);
      expect(registered).toBe(0);
    },
  );
});
