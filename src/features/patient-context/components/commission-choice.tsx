import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Button, RadioGroup } from '@/components';
import type { CommissionLike } from '../types';

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
      <RadioGroup
        legend={legend}
        name="launch-commission"
        value={selected}
        error={error}
        onChange={(commissionHsaId) => {
          setSelected(commissionHsaId);
          setError(null);
        }}
        options={commissions.map((commission) => ({
          value: commission.commissionHsaId,
          label: (
            <>
              <strong>{commission.healthCareUnitName}</strong> – {commission.commissionPurpose},{' '}
              {commission.healthCareProviderName}
            </>
          ),
        }))}
      />
      <div>
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
