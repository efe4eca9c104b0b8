// First-run setup asks where the practice's data lives: this computer (today's four steps), the practice's
// PostgreSQL server (its connection first, checked by the contract's own TLS rule), or joining that server with an
// enrolment file, after which the sign-in screen follows.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { err, fakeApi, ok, session } from './fake-api';
import { renderApp } from './render-app';

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const radio = (name: RegExp | string) => screen.getByRole<HTMLInputElement>('radio', { name });

const newDatabase = () => {
  const api = fakeApi();
  api['app.status'].mockResolvedValue(
    ok({ database: 'new', setupRequired: true, practiceName: null, session: null, warnings: [] }),
  );
  return api;
};

const fillPracticeSteps = () => {
  type(/^Practice name/, 'Lakeside Family Medicine');
  type(/^Address line 1/, '100 Main St');
  type(/^City/, 'Springfield');
  type(/^State/, 'IL');
  type(/^ZIP code/, '62701');
  type(/^Phone/, '(555) 201-3344');
  type(/^Time zone/, 'America/Chicago');
  next();
  type(/^Privacy officer name/, 'Pat Officer');
  type(/^Privacy officer title/, 'Practice Manager');
  type(/^Privacy officer phone/, '555-201-3345');
  type(/^Privacy officer email/, 'pat@example.org');
  next();
  type(/^Full name/, 'Dana Admin');
  type(/^Username/, 'dana');
  type(/^Password/, 'correct horse battery');
  type(/^Confirm password/, 'correct horse battery');
  next();
  type(/^Database passphrase/, 'river stone lantern 42');
  type(/^Confirm database passphrase/, 'river stone lantern 42');
};

/** Chooses a file in the form's file input, as the browser's file dialog would. */
const chooseFile = (text: string, name = 'privacy-desk-enrolment-practice.json') => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input on the screen');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
};

describe('where the practice’s data lives', () => {
  it('starts on "This computer only", which keeps the four steps and sends no server', async () => {
    const api = newDatabase();
    api['setup.initialize'].mockResolvedValue(ok(session()));
    renderApp(api);
    await screen.findByRole('heading', { name: 'Step 1 of 4: Practice' });
    expect(radio('This computer only').checked).toBe(true);
    expect(screen.getByText(/one computer: the data is kept here/)).toBeTruthy();
    expect(screen.getByText(/several workstations that share one PostgreSQL server/)).toBeTruthy();

    fillPracticeSteps();
    fireEvent.click(screen.getByRole('button', { name: 'Create practice' }));
    await screen.findByRole('navigation', { name: 'Main' });
    expect(api['setup.initialize'].mock.calls[0]?.[0]).not.toHaveProperty('server');
  });

  it('on the practice’s server, asks for the connection first and sends it with setup.initialize', async () => {
    const api = newDatabase();
    api['setup.initialize'].mockResolvedValue(ok(session()));
    renderApp(api);
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fireEvent.click(radio("Connect to the practice's server"));

    await screen.findByRole('heading', { name: 'Step 1 of 5: Server' });
    expect(screen.getByLabelText<HTMLInputElement>(/^Port/).value).toBe('5432');
    type(/^Server name or address/, 'db server');
    type(/^Port/, '99999');
    next();
    // The contract's own messages, beside the fields; the step stays.
    expect(screen.getByText('Enter a server name or address like db.example.org or 192.168.1.20')).toBeTruthy();
    expect(screen.getByText('Use a port from 1 to 65535')).toBeTruthy();
    expect(screen.getByLabelText(/^Database user/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText(/^Practice name/)).toBeNull();

    type(/^Server name or address/, ' 127.0.0.1 ');
    type(/^Port/, '6543');
    type(/^Database$/, 'practice');
    type(/^Database user/, 'privacydesk');
    type(/^Server password/, 's3rver secret');
    fireEvent.click(radio(/^Not encrypted/));
    next();
    await screen.findByRole('heading', { name: 'Step 2 of 5: Practice' });
    // The question is behind the user now.
    expect(screen.queryByRole('radio', { name: 'This computer only' })).toBeNull();

    fillPracticeSteps();
    fireEvent.click(screen.getByRole('button', { name: 'Create practice' }));
    await screen.findByRole('navigation', { name: 'Main' });
    expect(api['setup.initialize'].mock.calls[0]?.[0].server).toEqual({
      host: '127.0.0.1',
      port: 6543,
      database: 'practice',
      user: 'privacydesk',
      password: 's3rver secret',
      tls: 'disable',
    });
  });

  it('offers an unencrypted connection only to a server on this computer (the contract’s rule)', async () => {
    renderApp(newDatabase());
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fireEvent.click(radio("Connect to the practice's server"));
    await screen.findByRole('heading', { name: 'Step 1 of 5: Server' });

    type(/^Server name or address/, 'db.lakeside.example');
    expect(radio(/^Not encrypted/).disabled).toBe(true);
    expect(radio(/^Encrypted, certificate checked/).checked).toBe(true);
    // The certificate authority can be pasted (or read from a file) for an encrypted connection.
    expect(screen.getByLabelText(/^Certificate authority \(PEM\)/)).toBeTruthy();

    type(/^Server name or address/, 'localhost');
    expect(radio(/^Not encrypted/).disabled).toBe(false);
    fireEvent.click(radio(/^Not encrypted/));
    // Chosen for this computer, then the host moved to another one: said at once, and Next refuses.
    type(/^Server name or address/, '192.168.1.20');
    const message = 'A server on another computer needs an encrypted connection with its certificate checked';
    expect(screen.getByText(message)).toBeTruthy();
    type(/^Database$/, 'practice');
    type(/^Database user/, 'privacydesk');
    next();
    expect(screen.getByRole('heading', { name: 'Step 1 of 5: Server' })).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();

    fireEvent.click(radio(/^Encrypted, certificate checked/));
    expect(screen.queryByText(message)).toBeNull();
    next();
    expect(await screen.findByRole('heading', { name: 'Step 2 of 5: Practice' })).toBeTruthy();
  });

  it('reads a CA certificate from a file into the field', async () => {
    renderApp(newDatabase());
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fireEvent.click(radio("Connect to the practice's server"));
    await screen.findByRole('heading', { name: 'Step 1 of 5: Server' });
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    chooseFile(pem, 'practice-ca.pem');
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>(/^Certificate authority/).value).toBe(pem));
  });

  it('points to the enrolment file when the server already holds a practice', async () => {
    const api = newDatabase();
    api['setup.initialize'].mockResolvedValue(
      err({ code: 'RULE', rule: 'db.exists', message: 'A database already exists' }),
    );
    renderApp(api);
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fireEvent.click(radio("Connect to the practice's server"));
    await screen.findByRole('heading', { name: 'Step 1 of 5: Server' });
    type(/^Server name or address/, 'db.lakeside.example');
    type(/^Database$/, 'practice');
    type(/^Database user/, 'privacydesk');
    next();
    await screen.findByRole('heading', { name: 'Step 2 of 5: Practice' });
    fillPracticeSteps();
    fireEvent.click(screen.getByRole('button', { name: 'Create practice' }));

    expect(await screen.findByText(/already holds a practice/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Join with an enrolment file' }));
    expect(await screen.findByRole('form', { name: "Join the practice's server" })).toBeTruthy();
    expect(radio("Join the practice's server with an enrolment file").checked).toBe(true);
  });
});

describe('joining the practice’s server with an enrolment file', () => {
  it('reads the chosen file, sends it with the passphrase, and shows the sign-in screen', async () => {
    const api = newDatabase();
    api['setup.enrol'].mockResolvedValue(
      ok({
        database: 'open',
        setupRequired: false,
        practiceName: 'Lakeside Family Medicine',
        session: null,
        warnings: [],
      }),
    );
    renderApp(api);
    await screen.findByRole('heading', { name: 'Set up Privacy Desk' });
    fireEvent.click(radio("Join the practice's server with an enrolment file"));
    await screen.findByRole('form', { name: "Join the practice's server" });
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Join the practice' }));
    expect(screen.getByText('Choose the enrolment file')).toBeTruthy();
    expect(screen.getByText('Enter the practice passphrase')).toBeTruthy();
    expect(api['setup.enrol']).not.toHaveBeenCalled();

    chooseFile('{"privacyDeskEnrolment":1}');
    type(/^Practice passphrase/, 'river stone lantern 42');
    fireEvent.click(screen.getByRole('button', { name: 'Join the practice' }));

    await screen.findByRole('form', { name: 'Sign in' });
    expect(screen.getByText('Lakeside Family Medicine')).toBeTruthy();
    expect(api['setup.enrol']).toHaveBeenCalledWith({
      enrolment: '{"privacyDeskEnrolment":1}',
      passphrase: 'river stone lantern 42',
    });
  });

  it('says in Spanish why the file was refused, and clears the passphrase', async () => {
    const api = newDatabase();
    api['setup.enrol']
      .mockResolvedValueOnce(err({ code: 'RULE', rule: 'vault.wrongPassphrase', message: 'wrong passphrase' }))
      .mockResolvedValueOnce(err({ code: 'RULE', rule: 'enrol.notAnEnrolment', message: 'not an enrolment' }));
    renderApp(api, '/', { language: 'es' });
    await screen.findByRole('heading', { name: 'Configurar Privacy Desk' });
    expect(screen.getByRole('radio', { name: 'Solo en esta computadora' })).toBeTruthy();
    fireEvent.click(radio('Unirse al servidor del consultorio con un archivo de inscripción'));
    await screen.findByRole('form', { name: 'Unirse al servidor del consultorio' });

    chooseFile('{"privacyDeskEnrolment":1}');
    type(/^Frase de contraseña del consultorio/, 'not the passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Unirse al consultorio' }));
    expect(await screen.findByText('Esa frase de contraseña no abre esta base de datos.')).toBeTruthy();
    expect(screen.getByText('Esta estación de trabajo no se unió al consultorio')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Frase de contraseña del consultorio/).value).toBe('');

    type(/^Frase de contraseña del consultorio/, 'river stone lantern 42');
    fireEvent.click(screen.getByRole('button', { name: 'Unirse al consultorio' }));
    expect(await screen.findByText(/no es un archivo de inscripción de Privacy Desk/)).toBeTruthy();
  });
});
