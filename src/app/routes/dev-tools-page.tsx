import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Checkbox, Loading, Select } from '@/components';
import { DEV } from '../../../mocks/dev-config';
import {
  CASE_SOURCES,
  SOURCE_FAULTS,
  readDevSwitches,
  resetMockData,
  updateDevSwitches,
  type DevSwitches,
  type DevSwitchesPatch,
  type SourceFault,
} from './dev-api';

const LOG_FAILURES = [
  { value: '0', label: 'Svarar som vanligt' },
  { value: '1', label: 'Tappar sitt nästa svar (händelsen sparas)' },
  { value: '2', label: 'Tappar sina två nästa svar (händelserna sparas)' },
  { value: '5', label: 'Avvisar de fem nästa skrivningarna (503)' },
];

const logChoice = (switches: DevSwitches) => {
  const failure = switches.accessLogFailures;
  if (!failure) return '0';
  return failure.mode === 'reject' ? '5' : String(failure.count ?? 1);
};

/**
 * `/dev/verktyg` – development only (see router.tsx): the mock-API service's switches for this
 * browser. A source that fails, the 5,000-case volume, a log service or message service that
 * fails: they apply to this browser's dev session only, so colleagues on the same local stack
 * meet none of them.
 */
export function DevToolsPage() {
  const [switches, setSwitches] = useState<DevSwitches | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    readDevSwitches().then(setSwitches, (failure: Error) => setError(failure.message));
  }, []);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const faults: DevSwitchesPatch['faults'] = {};
    for (const source of CASE_SOURCES) {
      const fault = String(form.get(`fault-${source.id}`) ?? '');
      if (fault) faults[source.id] = fault as SourceFault;
    }
    const log = Number(form.get('accessLog') ?? 0);
    const patch: DevSwitchesPatch = {
      faults,
      volume: form.get('volume') ? 'large' : 'normal',
      accessLogFailures:
        log === 0 ? null : { mode: log === 5 ? 'reject' : 'lose-response', count: log },
      messageSendFailures: form.get('messageSend') ? { mode: 'reject', count: null } : null,
    };
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setSwitches(await updateDevSwitches(patch));
      setStatus('Brytarna är sparade. Ladda om inkorgen eller tryck ”Försök igen” där.');
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await resetMockData();
      setStatus('All testdata är tillbaka i sitt ursprungsläge.');
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack stack--lg">
      <h1>Utvecklarverktyg</h1>
      <p className="lead">
        Endast för utveckling och test. Brytarna gäller bara den här webbläsaren: andra som använder
        samma lokala tjänster märker inget. Patienter öppnas från{' '}
        <a href={DEV.journalOrigin}>journalsystemet (simulator)</a>, som startar arbetsytan med
        SMART App Launch, startnyckel eller direktlänk.
      </p>
      {error && (
        <Alert variant="error" title="Mock-API-tjänsten svarade inte" live>
          {error}
        </Alert>
      )}
      {status && (
        <Alert variant="success" live>
          {status}
        </Alert>
      )}
      {!switches && !error && <Loading label="Hämtar brytarna …" />}
      {switches && (
        <form className="stack" onSubmit={(e) => void save(e)} noValidate>
          <fieldset className="stack stack--sm">
            <legend>Inkorgens tjänster</legend>
            {CASE_SOURCES.map((source) => (
              <Select
                key={source.id}
                name={`fault-${source.id}`}
                label={source.name}
                options={SOURCE_FAULTS}
                defaultValue={switches.faults[source.id] ?? ''}
              />
            ))}
            <Checkbox
              name="volume"
              label="5 000 öppna ärenden vid Vårdcentralen Norrbacka"
              defaultChecked={switches.volume === 'large'}
            />
          </fieldset>
          <fieldset className="stack stack--sm">
            <legend>Åtkomstlogg och meddelanden</legend>
            <Select
              name="accessLog"
              label="Loggtjänsten"
              options={LOG_FAILURES}
              defaultValue={logChoice(switches)}
            />
            <Checkbox
              name="messageSend"
              label="Meddelandetjänsten avvisar det du skickar (503)"
              defaultChecked={switches.messageSendFailures !== null}
            />
          </fieldset>
          <div className="cluster">
            <Button type="submit" variant="primary" isLoading={busy}>
              Spara brytarna
            </Button>
          </div>
        </form>
      )}
      <section className="stack stack--sm" aria-labelledby="reset-heading">
        <h2 id="reset-heading">Testdata</h2>
        <p>
          Ärenden, meddelanden, startlänkar och åtkomstloggen finns kvar när tjänsterna startas om.
          Återställningen gäller alla som använder den här lokala miljön.
        </p>
        <div>
          <Button variant="secondary" onClick={() => void reset()} disabled={busy}>
            Återställ all testdata
          </Button>
        </div>
      </section>
    </div>
  );
}
