/**
 * `npm run idp`: the local identity provider and the demo service, on the addresses in DEV
 * (override with OIDC_ISSUER, APP_ORIGIN, DEMO_SERVICE_ORIGIN, IDP_ACCESS_TOKEN_TTL).
 */
import { DEV } from '../dev-config';
import { startDemoService } from './demo-service-server';
import type { RunningServer } from './http-server';
import { startIdp } from './server';

const portOf = (origin: string): number => Number(new URL(origin).port || 80);

function accessTokenTtl(): number {
  const value = Number(process.env.IDP_ACCESS_TOKEN_TTL ?? 600);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(
      `IDP_ACCESS_TOKEN_TTL måste vara ett positivt heltal (sekunder), inte "${process.env.IDP_ACCESS_TOKEN_TTL}".`,
    );
  }
  return value;
}

async function main(): Promise<void> {
  const running: RunningServer[] = [];
  const stop = async () => {
    await Promise.allSettled(running.map((server) => server.close()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  const ttl = accessTokenTtl();
  const idp = await startIdp({
    issuer: DEV.issuer,
    appOrigin: DEV.appOrigin,
    demoServiceOrigin: DEV.demoServiceOrigin,
    accessTokenTtlSeconds: ttl,
    port: portOf(DEV.issuer),
  });
  running.push(idp);
  const demo = await startDemoService({ issuer: DEV.issuer, port: portOf(DEV.demoServiceOrigin) });
  running.push(demo);

  console.info(
    `Inloggningstjänst (OIDC): ${idp.url}  (discovery: ${idp.url}/.well-known/openid-configuration)`,
  );
  console.info(`Demotjänst:               ${DEV.demoServiceOrigin}`);
  console.info(
    `Åtkomstbiljetter gäller ${ttl} s. Sessioner finns bara i minnet och försvinner vid omstart.`,
  );
}

main().catch((error: unknown) => {
  console.error(
    'Kunde inte starta inloggningstjänsten:',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
