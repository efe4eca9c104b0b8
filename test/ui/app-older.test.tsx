// A workstation whose Privacy Desk is older than the practice's database (issue 9): the first screen says to
// update this computer's copy, in the user's language, instead of a sign-in that would be refused.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from './fake-api';
import { renderApp } from './render-app';

const olderApi = () => {
  const api = fakeApi();
  api['app.status'].mockResolvedValue(
    ok({
      database: 'open',
      setupRequired: false,
      practiceName: null,
      session: null,
      warnings: ["This computer's Privacy Desk is older than the practice's database: update it."],
      appOlder: true,
    }),
  );
  return api;
};

describe('an app older than the practice database', () => {
  it('says to update this computer’s copy, with no sign-in form', async () => {
    renderApp(olderApi());
    expect((await screen.findByRole('alert')).textContent).toContain(
      "This computer's Privacy Desk is older than the practice's database: update it.",
    );
    expect(screen.queryByLabelText(/^Password/)).toBeNull();
  });

  it('says it in Spanish', async () => {
    renderApp(olderApi(), '/', { language: 'es' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'El Privacy Desk de esta computadora es más antiguo que la base de datos del consultorio: actualícelo.',
    );
  });
});
