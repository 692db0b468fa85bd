import { SERVICES } from '../../../mocks/service-catalog/services';
import { parseEnv } from '@/config/env-schema';
import { launchHref, serviceLaunch } from './launch';

describe('serviceLaunch', () => {
  it('opens every service of the local catalog with the default origins', () => {
    const { serviceOrigins } = parseEnv({});
    for (const service of SERVICES) {
      expect(serviceLaunch(service, null, serviceOrigins), service.id).toMatchObject({ ok: true });
    }
  });

  it('tells a single sign-on service the commission, and no other', () => {
    const origins = ['https://webcert.example.se'];
    const sso = { launchUrl: 'https://webcert.example.se/?tjanst=webcert', singleSignOn: true };
    const launch = serviceLaunch(sso, 'SE2321000016-C1002', origins);
    expect(launch.ok && new URL(launch.href).searchParams.get('uppdrag')).toBe(
      'SE2321000016-C1002',
    );
    const open = serviceLaunch({ ...sso, singleSignOn: false }, 'SE2321000016-C1002', origins);
    expect(open.ok && new URL(open.href).searchParams.has('uppdrag')).toBe(false);
  });

  it('gives a reason instead of an address for javascript:, data: and unlisted origins', () => {
    const origins = ['https://webcert.example.se'];
    for (const launchUrl of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://evil.example/',
    ]) {
      const launch = serviceLaunch(
        { launchUrl, singleSignOn: true },
        'SE2321000016-C1002',
        origins,
      );
      expect(launch, launchUrl).toMatchObject({ ok: false, reason: expect.stringMatching(/\S/) });
    }
  });
});

describe('launchHref', () => {
  type Service = NonNullable<Parameters<typeof launchHref>[0]>[number];
  const origins = ['https://webcert.example.se'];
  const webcert: Service = {
    id: 'webcert',
    name: 'Intyg och läkarintyg – Webcert',
    description: 'Intyg och underlag.',
    keywords: [],
    category: 'intyg',
    launchUrl: 'https://webcert.example.se/?tjanst=webcert',
    singleSignOn: true,
    access: { granted: true },
  };

  it('opens a service of the catalog the commission has access to, with single sign-on', () => {
    const href = launchHref([webcert], 'webcert', 'SE2321000016-C1002', origins);
    expect(href && new URL(href).searchParams.get('uppdrag')).toBe('SE2321000016-C1002');
  });

  it('gives no address for a service the catalog does not list, refuses or cannot open', () => {
    expect(launchHref(undefined, 'webcert', null, origins)).toBeNull();
    expect(launchHref([webcert], 'okand', null, origins)).toBeNull();
    const refused: Service = { ...webcert, access: { granted: false, reasons: [] } };
    expect(launchHref([refused], 'webcert', null, origins)).toBeNull();
    expect(launchHref([webcert], 'webcert', null, ['https://annan.example.se'])).toBeNull();
  });
});
