// The warning banner about where the data is kept (e.g. a Dropbox folder) shows on every screen while it applies.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, practice, session, signedInApi } from './fake-api';
import { renderApp } from './render-app';

describe('storage warnings', () => {
  it('shows the core’s warning above the screen', async () => {
    const api = signedInApi();
    const warning = 'The database is in a Dropbox folder. Move it to a local folder that is not synced.';
    api['app.status'].mockResolvedValue(
      ok({
        database: 'open',
        setupRequired: false,
        practiceName: practice.name,
        session: session(),
        warnings: [warning],
      }),
    );
    renderApp(api, '/settings/practice');
    expect((await screen.findByRole('alert')).textContent).toContain(warning);
  });

  it('shows nothing when the database is somewhere safe', async () => {
    renderApp(signedInApi(), '/settings/practice');
    expect(await screen.findByRole('heading', { name: /practice/i })).toBeTruthy();
    expect(screen.queryByText(/needs attention/)).toBeNull();
  });
});
