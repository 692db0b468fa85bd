import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Card } from './card';
import { Checkbox } from './checkbox';
import { Disclosure } from './disclosure';
import { EmptyState } from './empty-state';
import { Loading } from './loading';
import { Select } from './select';
import { SkipLink } from './skip-link';

describe('Loading', () => {
  it('announces "Laddar …" by default', () => {
    render(<Loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Laddar …');
  });
});

describe('Select', () => {
  it('is labelled and wires its error', () => {
    render(
      <Select
        label="Vårdenhet"
        placeholder="Välj …"
        options={[
          { value: 'a', label: 'Vårdcentralen Norr' },
          { value: 'b', label: 'Vårdcentralen Söder' },
        ]}
        error="Välj en vårdenhet"
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Vårdenhet' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Fel: Välj en vårdenhet');
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });
});

describe('Checkbox', () => {
  it('toggles by its label', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Visa bara mina ärenden" />);
    await user.click(screen.getByText('Visa bara mina ärenden'));
    expect(screen.getByRole('checkbox', { name: 'Visa bara mina ärenden' })).toBeChecked();
  });
});

describe('Card and EmptyState', () => {
  it('render headings at the given level', () => {
    render(
      <>
        <Card title="Webcert" headingLevel={3} as="article" footer={<a href="/x">Öppna</a>}>
          Intyg och underlag.
        </Card>
        <EmptyState title="Inga ärenden" text="Det finns inga ärenden just nu." />
      </>,
    );
    expect(screen.getByRole('article', { name: 'Webcert' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Webcert' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Inga ärenden' })).toBeInTheDocument();
  });
});

describe('Disclosure', () => {
  it('opens with the keyboard and shows a count', async () => {
    const user = userEvent.setup();
    render(
      <Disclosure summary="Filter" count={3}>
        <p>Innehåll</p>
      </Disclosure>,
    );
    const summary = screen.getByText('Filter').closest('summary');
    expect(summary).toHaveTextContent('Filter(3)');
    expect(summary?.parentElement).not.toHaveAttribute('open');
    await user.tab();
    expect(summary).toHaveFocus();
    // Enter/Space on <summary> is the browser's; in jsdom we check the click activation.
    await user.click(summary as HTMLElement);
    expect(summary?.parentElement).toHaveAttribute('open');
  });
});

describe('SkipLink', () => {
  it('moves focus to the main content', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SkipLink />
        <main id="main">Innehåll</main>
      </>,
    );
    await user.tab();
    const link = screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
