import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Loading } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '@/features/auth';
import { ApiError } from '@/lib/http-client';
import {
  clearPendingLaunch,
  CommissionChoice,
  destinationPath,
  LAUNCH_FAILED_TITLE,
  LaunchFailure,
  launchProblem,
  readPendingLaunch,
  redeemLaunch,
  setPatientContext,
  storePendingLaunch,
  validateLaunch,
  type LaunchProblem,
  type PendingLaunch,
  type ValidLaunch,
} from '@/features/patient-context';

/**
 * `/launch/fortsatt`, after login: redeems a launch handle, validates the context, makes the
 * launch's care unit the active commission and commits the patient to this tab's session, then
 * goes where the journal system asked – replacing this history entry, so Back never returns here.
 */
export function LaunchContinuePage() {
  const { profile, activeCommission, chooseCommission } = useAuth();
  const navigate = useNavigate();
  const [pending, setPending] = useState<PendingLaunch | null>(() => readPendingLaunch());
  const [failure, setFailure] = useState<LaunchProblem | null>(null);
  // A handle without a care unit is opened under a commission the person must choose first.
  const [commissionFirst, setCommissionFirst] = useState(false);
  const committed = useRef(false);
  const redeemUnder = activeCommission?.commissionHsaId ?? null;

  useEffect(() => {
    if (pending?.method !== 'handle') return;
    let cancelled = false;
    redeemLaunch(pending.handle, redeemUnder).then(
      (fields) => {
        const redeemed: PendingLaunch = { method: 'redeemed', fields };
        // The handle is spent: a reload from here on must not need it again.
        storePendingLaunch(redeemed);
        if (!cancelled) setPending(redeemed);
      },
      (error: Error) => {
        if (error instanceof ApiError && error.code === 'commission_required' && !redeemUnder) {
          if (!cancelled) setCommissionFirst(true);
          return;
        }
        clearPendingLaunch();
        if (!cancelled) setFailure({ title: LAUNCH_FAILED_TITLE, errors: [error.message] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [pending, redeemUnder]);

  const validation = useMemo(() => {
    if (pending?.method !== 'direct' && pending?.method !== 'redeemed') return null;
    return validateLaunch(pending.fields);
  }, [pending]);

  const commit = useCallback(
    (launch: ValidLaunch, commissionHsaId: string) => {
      if (committed.current || !profile) return;
      committed.current = true;
      chooseCommission(commissionHsaId);
      setPatientContext({
        identityNumber: launch.identityNumber.value,
        employeeHsaId: profile.employeeHsaId,
        icd10: launch.icd10,
        requestedServiceId:
          launch.destination.kind === 'service' ? launch.destination.serviceId : null,
      });
      clearPendingLaunch();
      navigate(destinationPath(launch.destination), { replace: true });
    },
    [profile, chooseCommission, navigate],
  );

  // The journal system launched for one person: the workspace opens the patient only for them.
  const launchedFor =
    pending?.method === 'direct' || pending?.method === 'redeemed' ? pending.fields.user : null;
  const otherPerson = !!launchedFor && !!profile && launchedFor !== profile.employeeHsaId;
  const launch = validation?.ok && !otherPerson ? validation.launch : null;
  const commissions = profile?.commissions ?? [];
  const unit = launch?.careUnit ?? null;
  const unitCommission = unit
    ? commissions.find((c) => c.healthCareUnitHsaId === unit.hsaId)
    : undefined;
  // Chosen before the handle was redeemed: the service released the patient under that
  // commission, so it is the one she works in for the patient – she is not asked twice.
  const chosenFirst = commissionFirst ? (activeCommission ?? undefined) : undefined;
  const automatic = unit ? (unitCommission ?? chosenFirst) : (activeCommission ?? undefined);

  useEffect(() => {
    if ((validation && !validation.ok) || otherPerson) clearPendingLaunch();
  }, [validation, otherPerson]);

  useEffect(() => {
    if (launch && automatic) commit(launch, automatic.commissionHsaId);
  }, [launch, automatic, commit]);

  const problem: LaunchProblem | null =
    failure ??
    (otherPerson ? otherPersonProblem(profile?.fullName ?? '', launchedFor ?? '') : null) ??
    (pending?.method === 'handle' && pending.handle !== '' ? null : launchProblem(pending));
  if (problem) {
    return (
      <LaunchFailure
        problem={problem}
        onwards={{ to: paths.services.getHref(), label: 'Gå till Mina tjänster' }}
      />
    );
  }
  if (commissionFirst && !activeCommission) {
    return (
      <div className="stack">
        <h1>Öppna patient från journalsystemet</h1>
        <CommissionChoice
          commissions={commissions}
          legend="Vilket medarbetaruppdrag arbetar du i för patienten?"
          onChoose={chooseCommission}
        />
      </div>
    );
  }
  if (!launch || automatic) return <Loading label="Öppnar patienten …" />;

  if (commissions.length === 0) {
    return (
      <LaunchFailure
        problem={{
          title: 'Du har inget medarbetaruppdrag',
          errors: [
            'Patientuppgifter visas bara inom ett medarbetaruppdrag, och du har inget. Kontakta din chef eller behörighetsadministratör.',
          ],
        }}
        onwards={{ to: paths.services.getHref(), label: 'Gå till Mina tjänster' }}
      />
    );
  }

  return (
    <div className="stack">
      <h1>Öppna patient från journalsystemet</h1>
      {unit && (
        <Alert
          variant="warning"
          title={`Du har inget medarbetaruppdrag på ${unit.name ?? unit.hsaId}`}
          headingLevel={2}
        >
          Journalsystemet öppnade patienten för en vårdenhet där du inte har något uppdrag. Välj ett
          av dina uppdrag om du arbetar med patienten där, annars stänger du sidan.
        </Alert>
      )}
      <CommissionChoice
        commissions={commissions}
        legend="Vilket medarbetaruppdrag arbetar du i för patienten?"
        onChoose={(commissionHsaId) => commit(launch, commissionHsaId)}
      />
      <p>
        <Link to={paths.services.getHref()} onClick={() => clearPendingLaunch()} replace>
          Avbryt och öppna inte patienten
        </Link>
      </p>
    </div>
  );
}

function otherPersonProblem(name: string, journalUser: string): LaunchProblem {
  return {
    title: 'Du är inte samma person som i journalsystemet',
    errors: [
      `Journalsystemet öppnade patienten för ${journalUser}, men här är ${name} inloggad. Patienten öppnas inte. Logga ut, och öppna patienten från journalsystemet igen som rätt person.`,
    ],
  };
}
