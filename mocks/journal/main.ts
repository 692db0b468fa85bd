/**
 * `npm run journal`: the mock journal system on DEV.journalOrigin (JOURNAL_ORIGIN, default
 * http://localhost:4404; the port is taken from it). APP_ORIGIN and MOCK_API_ORIGIN name the
 * workspace and the mock-API service.
 */
import { DEV } from '../dev-config';
import { startJournal } from './app';
import { INSTALLATIONS } from './installations';

const portOf = (origin: string): number => Number(new URL(origin).port || 80);

try {
  const journal = await startJournal({
    origin: DEV.journalOrigin,
    port: portOf(DEV.journalOrigin),
    appOrigin: DEV.appOrigin,
    mockApiOrigin: DEV.mockApiOrigin,
  });
  console.info(`Journalsystemet (simulator): ${journal.url}`);
  for (const installation of INSTALLATIONS) {
    console.info(`  FHIR (${installation.label}): ${journal.url}${installation.path}`);
  }
  console.info(`  SMART-auktorisering: ${journal.url}/smart`);
  console.info('Starter, koder och token finns bara i minnet och försvinner vid omstart.');

  const stop = () => {
    void journal.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(
    'Kunde inte starta journalsystemet:',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
