import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { Button } from './button';
import { Dialog, type DialogProps } from './dialog';

function Harness(props: Partial<DialogProps> & { onCloseSpy?: () => void }) {
  const [open, setOpen] = useState(false);
  const { onCloseSpy, ...dialogProps } = props;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Visa varning</Button>
      <Dialog
        open={open}
        onClose={() => {
          onCloseSpy?.();
          setOpen(false);
        }}
        title="Du loggas snart ut"
        description="Om två minuter loggas du ut för att skydda patientuppgifterna."
        actions={
          <>
            <Button onClick={() => setOpen(false)}>Fortsätt vara inloggad</Button>
            <Button variant="secondary">Logga ut nu</Button>
          </>
        }
        {...dialogProps}
      />
    </>
  );
}

describe('Dialog', () => {
  it('is closed until opened, then has its title as name and its description', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Visa varning' }));

    const dialog = screen.getByRole('dialog', { name: 'Du loggas snart ut' });
    expect(dialog).toHaveAccessibleDescription(
      'Om två minuter loggas du ut för att skydda patientuppgifterna.',
    );
    expect(screen.getByRole('button', { name: 'Fortsätt vara inloggad' })).toHaveFocus();
  });

  it('can be an alertdialog', async () => {
    const user = userEvent.setup();
    render(<Harness role="alertdialog" />);
    await user.click(screen.getByRole('button', { name: 'Visa varning' }));
    expect(screen.getByRole('alertdialog', { name: 'Du loggas snart ut' })).toBeInTheDocument();
  });

  it('closes on Escape through onClose and returns focus to the opener', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Harness onCloseSpy={onClose} />);
    const opener = screen.getByRole('button', { name: 'Visa varning' });
    await user.click(opener);
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes with the close button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Harness onCloseSpy={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Visa varning' }));
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Visa varning' })).toHaveFocus();
  });

  it('returns focus also when an action closes it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Visa varning' }));
    await user.click(screen.getByRole('button', { name: 'Fortsätt vara inloggad' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Visa varning' })).toHaveFocus();
  });

  it('focuses the element given by initialFocusRef', async () => {
    function WithField() {
      const [open, setOpen] = useState(false);
      const fieldRef = useRef<HTMLInputElement>(null);
      return (
        <>
          <Button onClick={() => setOpen(true)}>Nytt meddelande</Button>
          <Dialog
            open={open}
            onClose={() => setOpen(false)}
            title="Nytt meddelande"
            initialFocusRef={fieldRef}
            actions={<Button type="submit">Skicka</Button>}
          >
            <label htmlFor="subject">Ämne</label>
            <input id="subject" ref={fieldRef} />
          </Dialog>
        </>
      );
    }
    const user = userEvent.setup();
    render(<WithField />);
    await user.click(screen.getByRole('button', { name: 'Nytt meddelande' }));
    expect(screen.getByRole('textbox', { name: 'Ämne' })).toHaveFocus();
  });
});
