// The first-run wizard validates each step with the contract's schemas and sends one setup.initialize call.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, session } from './fake-api';
import { renderApp } from './render-app';

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));

const newDatabase = () => {
  const api = fakeApi();
  api['app.status'].mockResolvedValue(
    ok({ database: 'new', setupRequired: true, practiceName: null, session: null, warnings: [] }),
  );
  return api;
};

const fillOfficer = () => {
  type(/^Privacy officer name/, 'Pat Officer');
  type(/^Privacy officer title/, 'Practice Manager');
  type(/^Title in Spanish/, 'Gerente del consultorio');
  type(/^Privacy officer phone/, '555-201-3345');
  type(/^Privacy officer email/, 'pat@example.org');
};

const fillPractice = (zip: string) => {
  type(/^Practice name/, 'Lakeside Family Medicine');
  type(/^Address line 1/, '100 Main St');
  type(/^City/, 'Springfield');
  type(/^State/, 'IL');
  type(/^ZIP code/, zip);
  type(/^Phone/, '(555) 201-3344');
  type(/^Time zone/, 'America/Chicago');
};

describe('setup wizard', () => {
  it('refuses to leave the practice step with an invalid ZIP and shows the message next to the field', async () => {
    renderApp(newDatabase());
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fillPractice('6061');
    next();

    const zip = screen.getByLabelText(/^ZIP code/);
    expect(zip.getAttribute('aria-invalid')).toBe('true');
    const describedBy = zip.getAttribute('aria-describedby') ?? '';
    const messages = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Enter a ZIP code like 60614 or 60614-1234');
    // Still on step 1: the privacy officer fields are not shown and focus moved to the bad field.
    expect(screen.queryByLabelText(/^Privacy officer name/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(zip));

    type(/^ZIP code/, '62701');
    next();
    expect(await screen.findByLabelText(/^Privacy officer name/)).toBeTruthy();
    // Focus moves to the new step's heading, so a screen reader says where the user now is.
    const heading = screen.getByRole('heading', { name: 'Step 2 of 4: Privacy officer' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('speaks Spanish', async () => {
    renderApp(newDatabase(), '/', { language: 'es' });
    await screen.findByRole('heading', { name: 'Configurar Privacy Desk' });
    expect(screen.getByRole('heading', { name: 'Paso 1 de 4: Consultorio' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Siguiente' })).toBeTruthy();
  });

  it('walks all four steps and sends the parsed values to setup.initialize, then signs in', async () => {
    const api = newDatabase();
    api['setup.initialize'].mockResolvedValue(ok(session()));
    renderApp(api);
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });

    fillPractice('62701');
    fireEvent.click(screen.getByLabelText(/contacts patients to raise funds/));
    next();
    fillOfficer();
    next();
    type(/^Full name/, 'Dana Admin');
    type(/^Username/, '  Dana  ');
    type(/^Password/, 'correct horse battery');
    type(/^Confirm password/, 'correct horse batterY');
    next();
    expect(screen.getByText('The passwords do not match')).toBeTruthy();
    type(/^Confirm password/, 'correct horse battery');
    next();

    expect(screen.getByText(/cannot be reset/)).toBeTruthy();
    type(/^Database passphrase/, 'short');
    type(/^Confirm database passphrase/, 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create practice' }));
    expect(screen.getAllByText('Use at least 12 characters').length).toBeGreaterThan(0);
    expect(api['setup.initialize']).not.toHaveBeenCalled();

    type(/^Database passphrase/, 'river stone lantern 42');
    type(/^Confirm database passphrase/, 'river stone lantern 42');
    fireEvent.click(screen.getByRole('button', { name: 'Create practice' }));

    await screen.findByRole('navigation', { name: 'Main' });
    expect(api['setup.initialize']).toHaveBeenCalledTimes(1);
    const input = api['setup.initialize'].mock.calls[0]?.[0];
    expect(input?.admin).toEqual({ fullName: 'Dana Admin', username: 'dana', password: 'correct horse battery' });
    expect(input?.passphrase).toBe('river stone lantern 42');
    expect(input?.practice).toMatchObject({
      name: 'Lakeside Family Medicine',
      state: 'IL',
      postalCode: '62701',
      timeZone: 'America/Chicago',
      fundraises: true,
      keepsPart2Records: false,
    });
    expect(input?.practice.privacyOfficer.email).toBe('pat@example.org');
    expect(input?.practice.privacyOfficer.titleEs).toBe('Gerente del consultorio');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Lakeside Family Medicine')).toBeTruthy();
  });

  it('sends the user back to the step of a field the core rejected', async () => {
    const api = newDatabase();
    api['setup.initialize'].mockResolvedValue({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Invalid input',
        fields: [{ path: 'practice.privacyOfficer.email', message: 'That mailbox does not exist' }],
      },
    });
    renderApp(api);
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fillPractice('62701');
    next();
    fillOfficer();
    next();
    type(/^Full name/, 'Dana Admin');
    type(/^Username/, 'dana');
    type(/^Password/, 'correct horse battery');
    type(/^Confirm password/, 'correct horse battery');
    next();
    type(/^Database passphrase/, 'river stone lantern 42');
    type(/^Confirm database passphrase/, 'river stone lantern 42');
    fireEvent.click(screen.getByRole('button', { name: 'Create practice' }));

    expect(await screen.findByText('That mailbox does not exist')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Privacy officer email/).value).toBe('pat@example.org');
  });
});
