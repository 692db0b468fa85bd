import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { SearchField } from './search-field';
import { TextField } from './text-field';

describe('TextField', () => {
  it('is labelled by its label and forwards input props and ref', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLInputElement>();
    render(<TextField label="Personnummer" name="pnr" ref={ref} autoComplete="off" />);

    const input = screen.getByRole('textbox', { name: 'Personnummer' });
    expect(input).toHaveAttribute('name', 'pnr');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(ref.current).toBe(input);
    expect(input).not.toHaveAttribute('aria-invalid');

    await user.type(input, '19121212-1212');
    expect(input).toHaveValue('19121212-1212');
  });

  it('describes the input with its hint', () => {
    render(<TextField label="Personnummer" hint="12 siffror, ÅÅÅÅMMDD-NNNN" />);
    const input = screen.getByRole('textbox', { name: 'Personnummer' });
    expect(input).toHaveAccessibleDescription('12 siffror, ÅÅÅÅMMDD-NNNN');
  });

  it('marks the input invalid and links hint and error', () => {
    render(
      <TextField
        label="Personnummer"
        hint="12 siffror"
        error="Kontrollsiffran stämmer inte"
        aria-describedby="extra"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Personnummer' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('12 siffror Fel: Kontrollsiffran stämmer inte');
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).toHaveLength(3);
    expect(ids[2]).toBe('extra');
    expect(document.getElementById(ids[1] ?? '')).toHaveTextContent(
      'Fel: Kontrollsiffran stämmer inte',
    );
  });

  it('shows a required marker and sets required', () => {
    render(<TextField label="Ämne" required />);
    const input = screen.getByRole('textbox', { name: 'Ämne' });
    expect(input).toBeRequired();
    expect(screen.getByText('(obligatoriskt)')).toBeInTheDocument();
  });

  it('uses a given id', () => {
    render(<TextField label="Ämne" id="subject" />);
    expect(screen.getByRole('textbox', { name: 'Ämne' })).toHaveAttribute('id', 'subject');
  });
});

describe('SearchField', () => {
  it('is a labelled searchbox, optionally in a search landmark with a submit button', () => {
    render(<SearchField label="Sök i kunskapsstödet" landmark submitLabel="Sök" />);
    expect(screen.getByRole('search')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Sök i kunskapsstödet' })).toHaveAttribute(
      'type',
      'search',
    );
    expect(screen.getByRole('button', { name: 'Sök' })).toHaveAttribute('type', 'submit');
  });
});
