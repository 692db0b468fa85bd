import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { TextArea } from './text-area';

describe('TextArea', () => {
  it('is labelled by its label and forwards textarea props and ref', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLTextAreaElement>();
    render(<TextArea label="Svar till patienten" name="svar" ref={ref} maxLength={2000} />);

    const box = screen.getByRole('textbox', { name: 'Svar till patienten' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAttribute('name', 'svar');
    expect(box).toHaveAttribute('maxlength', '2000');
    expect(box).toHaveAttribute('rows', '5');
    expect(ref.current).toBe(box);
    expect(box).not.toHaveAttribute('aria-invalid');

    await user.type(box, 'Hej!{Enter}Receptet är förnyat.');
    expect(box).toHaveValue('Hej!\nReceptet är förnyat.');
  });

  it('describes the textarea with its hint', () => {
    render(<TextArea label="Anteckning" hint="Utkastet sparas medan du skriver." rows={2} />);
    const box = screen.getByRole('textbox', { name: 'Anteckning' });
    expect(box).toHaveAccessibleDescription('Utkastet sparas medan du skriver.');
    expect(box).toHaveAttribute('rows', '2');
  });

  it('marks the textarea invalid and links hint, error and a given description', () => {
    render(
      <TextArea
        label="Svar"
        hint="Högst 2 000 tecken."
        error="Skriv ett svar innan du skickar."
        aria-describedby="extra"
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Svar' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      'Högst 2 000 tecken. Fel: Skriv ett svar innan du skickar.',
    );
    const ids = box.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).toHaveLength(3);
    expect(ids[2]).toBe('extra');
  });

  it('shows a required marker and sets required', () => {
    render(<TextArea label="Meddelande" required />);
    expect(screen.getByRole('textbox', { name: 'Meddelande' })).toBeRequired();
    expect(screen.getByText('(obligatoriskt)')).toBeInTheDocument();
  });
});
