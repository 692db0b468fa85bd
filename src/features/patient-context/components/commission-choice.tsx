import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Button } from '@/components';
import type { CommissionLike } from '../types';
import './commission-choice.css';

type CommissionChoiceProps = {
  commissions: readonly CommissionLike[];
  onChoose: (commissionHsaId: string) => void;
  legend: ReactNode;
  submitLabel?: string;
};

/** Which of the person's commissions to open the patient under. */
export function CommissionChoice({
  commissions,
  onChoose,
  legend,
  submitLabel = 'Fortsätt med patienten',
}: CommissionChoiceProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) {
      setError('Välj ett medarbetaruppdrag för att fortsätta.');
      return;
    }
    onChoose(selected);
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <fieldset
        className="launch-commission-choice"
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend>{legend}</legend>
        {error && (
          <p id={errorId} className="launch-commission-choice__error" role="alert">
            {error}
          </p>
        )}
        {commissions.map((commission) => (
          <label key={commission.commissionHsaId} className="launch-commission-choice__option">
            <input
              type="radio"
              name="launch-commission"
              value={commission.commissionHsaId}
              checked={selected === commission.commissionHsaId}
              onChange={() => {
                setSelected(commission.commissionHsaId);
                setError(null);
              }}
            />
            <span>
              <strong>{commission.healthCareUnitName}</strong> – {commission.commissionPurpose},{' '}
              {commission.healthCareProviderName}
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
