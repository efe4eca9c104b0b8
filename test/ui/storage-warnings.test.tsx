// The warning banner about where the data is kept (e.g. a Dropbox folder) shows on every screen while it applies,
// worded in the UI language from the code app.status gives.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../shared/contract/app';
import { ok, practice, session, signedInApi } from './fake-api';
import { renderApp } from './render-app';

const inDropbox = (): AppStatus => ({
  database: 'open',
  setupRequired: false,
  practiceName: practice.name,
  session: session(),
  warnings: ['The database is in a Dropbox folder. …'],
  warningCodes: [{ code: 'syncFolder', service: 'Dropbox' }],
});

describe('storage warnings', () => {
  it('shows the core’s warning above the screen', async () => {
    const api = signedInApi();
    api['app.status'].mockResolvedValue(ok(inDropbox()));
    renderApp(api, '/settings/practice');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The database is in a Dropbox folder. Sync services can copy it half-written and damage it',
    );
  });

  it('words it in Spanish', async () => {
    const api = signedInApi();
    api['app.status'].mockResolvedValue(ok(inDropbox()));
    renderApp(api, '/settings/practice', { language: 'es' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'La base de datos está en una carpeta de Dropbox.',
    );
  });

  it('shows nothing when the database is somewhere safe', async () => {
    renderApp(signedInApi(), '/settings/practice');
    expect(await screen.findByRole('heading', { name: /practice/i })).toBeTruthy();
    expect(screen.queryByText(/needs attention/)).toBeNull();
  });
});
