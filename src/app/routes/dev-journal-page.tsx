import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Checkbox, Select, TextField } from '@/components';
import { paths } from '@/config/paths';
import { TEST_PATIENTS } from '../../../mocks/patient-lookup/patients';
import { CARE_UNITS, STAFF } from '../../../mocks/idp/staff';
import { JOURNAL_SYSTEMS } from '../../../mocks/launch-context/systems';
import { registerLaunch } from '../../../mocks/launch-context/journal-system-client';
import { updateDevSwitches } from './dev-api';

/**
 * `/dev/journal` – development only (see router.tsx): plays a journal system, like the SMART App
 * Launcher does for FHIR apps. Choose a patient, a care unit, a destination and the launch
 * method, press "Starta", and the workspace opens the way it would from Cosmic or TakeCare.
 */

const dashed = (value: string) => `${value.slice(0, 8)}-${value.slice(8)}`;

const PATIENT_OPTIONS = [
  ...TEST_PATIENTS.map((p) => ({
    value: p.identityNumber === '191906069123' ? '190606+9123' : dashed(p.identityNumber),
    label: `${p.identityNumber === '191906069123' ? '190606+9123' : dashed(p.identityNumber)} – ${p.description}`,
  })),
  { value: '4608153211', label: '4608153211 – Karl Holm, 10 siffror utan skiljetecken' },
  { value: '19121212-1213', label: '19121212-1213 – ogiltigt: fel kontrollsiffra' },
  { value: '1912121A-1212', label: '1912121A-1212 – ogiltigt: bokstäver' },
  { value: '191212-121', label: '191212-121 – ogiltigt: fel längd' },
  { value: '19990231-1233', label: '19990231-1233 – ogiltigt: datumet finns inte' },
  { value: '20991212-1218', label: '20991212-1218 – ogiltigt: födelsedatum i framtiden' },
];

const UNIT_OPTIONS = [
  { value: '', label: 'Ingen vårdenhet' },
  ...Object.values(CARE_UNITS).map((unit) => ({
    value: unit.healthCareUnitHsaId,
    label: `${unit.healthCareUnitName} (${unit.healthCareUnitHsaId})`,
  })),
  { value: 'SE2321000016-9X99', label: 'Okänd vårdenhet (SE2321000016-9X99)' },
];

const DESTINATION_OPTIONS = [
  { value: 'start', label: 'Startsidan (Mina tjänster)' },
  { value: 'inkorg', label: 'Inkorgen' },
  { value: 'sok?q=diabetes', label: 'Sök: diabetes' },
  { value: 'kunskap/kol-j44', label: 'Artikel: KOL' },
  { value: 'tjanst/webcert', label: 'Tjänst: Webcert' },
  { value: 'https://evil.example/', label: 'Ogiltigt: https://evil.example/' },
  { value: '//evil.example', label: 'Ogiltigt: //evil.example' },
  { value: 'javascript:alert(1)', label: 'Ogiltigt: javascript:alert(1)' },
];

const USER_OPTIONS = [
  { value: '', label: 'Ingen bestämd användare' },
  ...STAFF.map((person) => ({
    value: person.employeeHsaId,
    label: `${person.given_name} ${person.family_name}, ${person.title} (${person.employeeHsaId})`,
  })),
];

export function DevJournalPage() {
  const [method, setMethod] = useState<'handle' | 'direct'>('handle');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const patient = text('ownPatient') || text('patient');
    const careUnit = text('careUnit');
    const to = text('to');
    const icd10 = text('icd10');
    try {
      await updateDevSwitches({
        accessLogFailures: form.get('failLog') ? { mode: 'lose-response', count: 2 } : null,
      });
    } catch (failure) {
      setError((failure as Error).message);
      return;
    }

    if (method === 'direct') {
      const params = new URLSearchParams({ patient });
      if (careUnit) params.set('careUnit', careUnit);
      if (to) params.set('to', to);
      if (icd10) params.set('icd10', icd10);
      window.location.assign(`${paths.launch.getHref()}?${params}`);
      return;
    }
    setBusy(true);
    try {
      const { launchUrl } = await registerLaunch(JOURNAL_SYSTEMS[0]!, {
        patient,
        ...(careUnit && { careUnit }),
        ...(text('user') && { user: text('user') }),
        ...(to && { to }),
        ...(icd10 && { icd10: icd10.split(/[\s,]+/).filter(Boolean) }),
      });
      window.location.assign(launchUrl);
    } catch (failure) {
      setBusy(false);
      setError((failure as Error).message);
    }
  };

  return (
    <div className="stack">
      <h1>Journalsimulator</h1>
      <p className="lead">
        Endast för utveckling och test: öppnar arbetsytan med en patient så som ett journalsystem
        gör. Testpersonerna och testpatienterna är påhittade.
      </p>
      {error && (
        <Alert variant="error" title="Journalsystemet kunde inte starta arbetsytan" live>
          {error}
        </Alert>
      )}
      <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Select name="patient" label="Patient" options={PATIENT_OPTIONS} />
        <TextField
          name="ownPatient"
          label="Eget personnummer"
          hint="Används i stället för valet ovan om du fyller i det."
          autoComplete="off"
        />
        <Select name="careUnit" label="Vårdenhet" options={UNIT_OPTIONS} />
        <Select name="to" label="Mål" options={DESTINATION_OPTIONS} />
        <TextField name="icd10" label="Diagnoskoder (ICD-10)" defaultValue="E11, I10" />
        <fieldset className="stack stack--sm">
          <legend>Startmetod</legend>
          <label>
            <input
              type="radio"
              name="method"
              checked={method === 'handle'}
              onChange={() => setMethod('handle')}
            />{' '}
            Startnyckel (rekommenderad)
          </label>
          <label>
            <input
              type="radio"
              name="method"
              checked={method === 'direct'}
              onChange={() => setMethod('direct')}
            />{' '}
            Direktlänk med personnummer
          </label>
        </fieldset>
        {method === 'handle' && (
          <Select name="user" label="Bunden till användare" options={USER_OPTIONS} />
        )}
        <Checkbox
          name="failLog"
          label="Loggtjänsten svarar med fel de två första gångerna (efter att ha sparat)"
        />
        <div>
          <Button type="submit" variant="primary" disabled={busy}>
            Starta
          </Button>
        </div>
      </form>
    </div>
  );
}
