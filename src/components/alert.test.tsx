import { render, screen } from '@testing-library/react';
import { Alert } from './alert';
import { Button } from './button';

describe('Alert', () => {
  it('is an alert for a live error, with a spoken prefix and an action', () => {
    render(
      <Alert
        variant="error"
        title="Tjänsterna kunde inte hämtas"
        live
        action={<Button>Försök igen</Button>}
      >
        Försök igen om en stund.
      </Alert>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Fel: Tjänsterna kunde inte hämtas');
    expect(alert).toHaveTextContent('Försök igen om en stund.');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('is an alert for a live warning', () => {
    render(<Alert variant="warning" live title="Du loggas snart ut" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Varning: Du loggas snart ut');
  });

  it('is a status when not live', () => {
    render(<Alert variant="error">Något gick fel.</Alert>);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Fel: Något gick fel.');
  });

  it('is a status for info and success, even when live', () => {
    render(
      <>
        <Alert variant="info" live title="Ny version" />
        <Alert variant="success" live title="Meddelandet är skickat" />
      </>,
    );
    const statuses = screen.getAllByRole('status');
    expect(statuses).toHaveLength(2);
    expect(statuses[0]).toHaveTextContent('Information: Ny version');
    expect(statuses[1]).toHaveTextContent('Klart: Meddelandet är skickat');
  });

  it('renders the title as a heading when asked', () => {
    render(<Alert variant="info" title="Om tjänsten" headingLevel={2} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Information: Om tjänsten' }),
    ).toBeInTheDocument();
  });
});
