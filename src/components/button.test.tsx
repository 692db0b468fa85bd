import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Button } from './button';
import { LinkButton } from './link-button';

describe('Button', () => {
  it('is type="button" by default and forwards props and ref', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} onClick={onClick} aria-describedby="x">
        Spara
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Spara' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('aria-describedby', 'x');
    expect(ref.current).toBe(button);
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('while loading is disabled, busy and says so', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button isLoading onClick={onClick}>
        Försök igen
      </Button>,
    );
    const button = screen.getByRole('button', { name: /Försök igen/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAccessibleName('Försök igen (Laddar …)');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('is not busy when not loading', () => {
    render(<Button type="submit">Skicka</Button>);
    const button = screen.getByRole('button', { name: 'Skicka' });
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).not.toHaveAttribute('aria-busy');
  });
});

describe('LinkButton', () => {
  it('is a link, safe and announced when it opens a new tab', () => {
    render(
      <LinkButton href="https://example.org/webcert" target="_blank">
        Öppna Webcert
      </LinkButton>,
    );
    const link = screen.getByRole('link', { name: 'Öppna Webcert (öppnas i ny flik)' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveClass('ds-button', 'ds-button--primary');
  });
});
