import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RadioGroup, type RadioGroupProps } from './radio-group';

const OPTIONS = [
  { value: 'norrbacka', label: 'Vårdcentralen Norrbacka' },
  { value: 'sjostaden', label: 'Vårdcentralen Sjöstaden' },
  { value: 'asby', label: 'Hemsjukvården Åsby' },
];

/** The group as a form uses it: it keeps the choice and the callback sees each change. */
function Chooser(props: Partial<RadioGroupProps> & { onChosen?: (value: string) => void }) {
  const [value, setValue] = useState<string | null>(props.value ?? null);
  return (
    <>
      <button type="button">Före</button>
      <RadioGroup
        legend="Medarbetaruppdrag"
        options={OPTIONS}
        {...props}
        value={value}
        onChange={(next) => {
          setValue(next);
          props.onChosen?.(next);
        }}
      />
      <button type="button">Efter</button>
    </>
  );
}

describe('RadioGroup', () => {
  it('is a group named by its legend, with a radio named by each option', async () => {
    const user = userEvent.setup();
    const onChosen = vi.fn();
    render(<Chooser onChosen={onChosen} />);

    const group = screen.getByRole('group', { name: 'Medarbetaruppdrag' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    radios.forEach((radio) => expect(radio).not.toBeChecked());
    expect(group).not.toHaveAttribute('aria-invalid');

    // The whole card is the label: a click on its text chooses.
    await user.click(screen.getByText('Vårdcentralen Sjöstaden'));
    expect(screen.getByRole('radio', { name: 'Vårdcentralen Sjöstaden' })).toBeChecked();
    expect(onChosen).toHaveBeenLastCalledWith('sjostaden');
    // One name for all: the browser keeps one chosen.
    expect(new Set(radios.map((radio) => radio.getAttribute('name'))).size).toBe(1);
  });

  it('describes the group with its hint', () => {
    render(<Chooser hint="Du kan byta uppdrag när som helst i sidhuvudet." />);
    expect(screen.getByRole('group', { name: 'Medarbetaruppdrag' })).toHaveAccessibleDescription(
      'Du kan byta uppdrag när som helst i sidhuvudet.',
    );
  });

  it('marks the group invalid and announces and links its error', () => {
    render(<Chooser hint="Välj ett." error="Välj ett medarbetaruppdrag för att fortsätta." />);
    const group = screen.getByRole('group', { name: 'Medarbetaruppdrag' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(
      'Välj ett. Fel: Välj ett medarbetaruppdrag för att fortsätta.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Välj ett medarbetaruppdrag för att fortsätta.',
    );
  });

  it('shows a required marker and makes the radios required', () => {
    render(<Chooser required />);
    expect(screen.getByText('(obligatoriskt)')).toBeInTheDocument();
    screen.getAllByRole('radio').forEach((radio) => expect(radio).toBeRequired());
  });

  it('is one stop for Tab, and the arrow keys move the choice', async () => {
    const user = userEvent.setup();
    const onChosen = vi.fn();
    render(<Chooser onChosen={onChosen} />);
    const [first, second, third] = screen.getAllByRole('radio');

    await user.click(screen.getByRole('button', { name: 'Före' }));
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    expect(second).toBeChecked();
    expect(onChosen).toHaveBeenLastCalledWith('sjostaden');
    await user.keyboard('{ArrowRight}');
    expect(third).toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(second).toBeChecked();

    // Out of the group with one Tab, and back in on the chosen option.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Efter' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(second).toHaveFocus();
  });

  it('chooses with Space and leaves a disabled option alone', async () => {
    const user = userEvent.setup();
    render(<Chooser options={[OPTIONS[0]!, { ...OPTIONS[1]!, disabled: true }]} />);
    await user.click(screen.getByRole('button', { name: 'Före' }));
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Vårdcentralen Norrbacka' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Vårdcentralen Sjöstaden' })).toBeDisabled();
    await user.click(screen.getByText('Vårdcentralen Sjöstaden'));
    expect(screen.getByRole('radio', { name: 'Vårdcentralen Sjöstaden' })).not.toBeChecked();
  });
});
