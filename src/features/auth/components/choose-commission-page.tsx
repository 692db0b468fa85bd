import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, RadioGroup } from '@/components';
import { useAuth } from '../auth-context';
import { orderForChoice, readLastChoice } from '../commission-choice';
import { safeReturnTo } from '../return-to';
import './choose-commission-page.css';

/** "Välj medarbetaruppdrag": shown after login to a person with several commissions. */
export function ChooseCommissionPage() {
  const { profile, activeCommission, chooseCommission } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const lastChoice = profile ? readLastChoice(profile.employeeHsaId) : null;
  const [selected, setSelected] = useState<string | null>(
    activeCommission?.commissionHsaId ?? lastChoice ?? null,
  );
  const [error, setError] = useState<string | null>(null);

  if (!profile) return null;
  if (profile.commissions.length === 0) {
    return (
      <div className="stack">
        <h1>Välj medarbetaruppdrag</h1>
        <Alert variant="info" title="Du har inget medarbetaruppdrag">
          Du kan ändå använda kunskapsstödet och de tjänster som inte kräver uppdrag.
        </Alert>
      </div>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) {
      setError('Välj ett medarbetaruppdrag för att fortsätta.');
      return;
    }
    chooseCommission(selected);
    navigate(safeReturnTo(searchParams.get('till')), { replace: true });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <h1>Välj medarbetaruppdrag</h1>
      <p>
        Ditt medarbetaruppdrag avgör vilka tjänster och vilken vårdenhets uppgifter du kommer åt. Du
        kan byta uppdrag när som helst i sidhuvudet.
      </p>
      <RadioGroup
        legend="Medarbetaruppdrag"
        name="commission"
        value={selected}
        error={error}
        onChange={(commissionHsaId) => {
          setSelected(commissionHsaId);
          setError(null);
        }}
        options={orderForChoice(profile.commissions, lastChoice).map((commission) => ({
          value: commission.commissionHsaId,
          label: (
            <span className="commission-choice__text">
              <strong>{commission.healthCareUnitName}</strong>
              <span>Syfte: {commission.commissionPurpose}</span>
              <span>Vårdgivare: {commission.healthCareProviderName}</span>
              {commission.commissionHsaId === lastChoice && (
                <span className="commission-choice__last">Senast valt</span>
              )}
            </span>
          ),
        }))}
      />
      <div>
        <Button type="submit" variant="primary">
          Fortsätt
        </Button>
      </div>
    </form>
  );
}
