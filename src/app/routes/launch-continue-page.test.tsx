import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/render-app';
import { storePendingLaunch, type LaunchFields } from '@/features/patient-context';
import { resetAccessLogQueue } from '@/features/patient-context/access-log-queue';
import { allAccessEvents } from '../../../mocks/access-log/handlers';
import { registerLaunch } from '../../../mocks/launch-context/journal-system-client';
import { JOURNAL_SYSTEMS } from '../../../mocks/launch-context/systems';

const direct = (fields: Partial<LaunchFields>) =>
  storePendingLaunch({
    method: 'direct',
    fields: { patient: null, careUnit: null, to: null, icd10: null, ...fields },
  });

afterEach(() => resetAccessLogQueue());

describe('continuing a launch after login', () => {
  it('activates the care unit’s commission, shows the banner and logs the display once', async () => {
    direct({
      patient: '19121212-1212',
      careUnit: 'SE2321000016-1A2C',
      icd10: 'E11,J45.0',
    });
    const { router } = await renderApp('/launch/fortsatt', { as: 'lakare' });

    const banner = await screen.findByRole('region', { name: 'Patient' });
    expect(await within(banner).findByText('Tolvan Tolvansson')).toBeInTheDocument();
    expect(within(banner).getByText('19121212-1212')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tjanster');
    expect(
      await screen.findByText('Tjänster för ditt uppdrag på', { exact: false }),
    ).toHaveTextContent('Vårdcentralen Sjöstaden');
    expect(screen.getByRole('link', { name: 'Typ 2-diabetes (E11)' })).toHaveAttribute(
      'href',
      '/sok?q=E11',
    );
    expect(sessionStorage.getItem('vardpersonal.launch.pending')).toBeNull();

    // The banner's display, once; the patient lookup wrote its own event besides.
    const fromBrowser = () =>
      allAccessEvents().filter(
        (e) => e.userName === 'Anna Lindqvist' && e.recordedBy === 'Webbläsaren',
      );
    await expect.poll(fromBrowser).toHaveLength(1);
    expect(fromBrowser()[0]).toMatchObject({
      patient: '191212121212',
      careUnitHsaId: 'SE2321000016-1A2C',
      careProviderHsaId: 'SE2321000016-0001',
    });
  });

  it('hides a protected patient’s name', async () => {
    direct({ patient: '19730501-2382', careUnit: 'SE2321000016-3F10' });
    await renderApp('/launch/fortsatt', { as: 'radgivningssjukskoterska' });
    const banner = await screen.findByRole('region', { name: 'Patient' });
    expect(await within(banner).findByText('Sekretessmarkerad uppgift')).toBeInTheDocument();
    expect(within(banner).getByText('Skyddad identitet')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Lisa');
  });

  it('offers a choice when the user has no commission at the launch’s unit', async () => {
    direct({ patient: '19121212-1212', careUnit: 'SE2120000142-7E01' });
    const { router } = await renderApp('/launch/fortsatt', { as: 'lakare' });
    expect(
      await screen.findByText('Du har inget medarbetaruppdrag på SE2120000142-7E01'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /Vårdcentralen Norrbacka/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt med patienten' }));
    expect(await screen.findByRole('region', { name: 'Patient' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tjanster');
  });

  it('refuses an unknown handle with the backend’s message', async () => {
    storePendingLaunch({ method: 'handle', handle: 'a'.repeat(43) });
    await renderApp('/launch/fortsatt', { as: 'lakare' });
    expect(
      await screen.findByText(/Startlänken från journalsystemet är okänd/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Patient' })).not.toBeInTheDocument();
  });

  it('asks for the commission first when a handle names no unit and the user has several', async () => {
    const { handle } = await registerLaunch(JOURNAL_SYSTEMS[0]!, { patient: '19121212-1212' });
    storePendingLaunch({ method: 'handle', handle });
    const { router } = await renderApp('/launch/fortsatt', { as: 'lakare' });
    await userEvent.click(await screen.findByRole('radio', { name: /Vårdcentralen Sjöstaden/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt med patienten' }));
    const banner = await screen.findByRole('region', { name: 'Patient' });
    expect(await within(banner).findByText('Tolvan Tolvansson')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tjanster');
    // The backend released the patient under the commission she chose.
    expect(allAccessEvents().find((e) => e.recordedBy.startsWith('Startkontext'))).toMatchObject({
      careUnitHsaId: 'SE2321000016-1A2C',
    });
  });

  it('asks only once when a handle for her names a unit where she has no commission', async () => {
    const { handle } = await registerLaunch(JOURNAL_SYSTEMS[0]!, {
      patient: '19121212-1212',
      careUnit: 'SE2120000142-7E01',
      user: 'SE2321000016-E1001',
    });
    storePendingLaunch({ method: 'handle', handle });
    await renderApp('/launch/fortsatt', { as: 'lakare' });
    await userEvent.click(await screen.findByRole('radio', { name: /Vårdcentralen Sjöstaden/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt med patienten' }));
    const banner = await screen.findByRole('region', { name: 'Patient' });
    expect(await within(banner).findByText('Tolvan Tolvansson')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('"Stäng patient" clears the context everywhere', async () => {
    direct({ patient: '19121212-1212', careUnit: 'SE2321000016-3F10', icd10: 'E11' });
    await renderApp('/launch/fortsatt', { as: 'radgivningssjukskoterska' });
    const banner = await screen.findByRole('region', { name: 'Patient' });
    await within(banner).findByText('Tolvan Tolvansson');
    await userEvent.click(within(banner).getByRole('button', { name: 'Stäng patient' }));
    expect(screen.queryByRole('region', { name: 'Patient' })).not.toBeInTheDocument();
    expect(screen.queryByText('Kunskapsstöd för patientens diagnoser')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('vardpersonal.patientContext')).toBeNull();
  });
});
