// The frame's keyboard and screen-reader aids: a skip link first, dialogs that focus their heading and name their
// close button, and the header's language picker that switches the whole UI at once.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Button } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { AppModal } from '../../renderer/components/AppModal';
import { signedInApi } from './fake-api';
import { renderApp, renderFeature } from './render-app';

describe('app frame', () => {
  it('offers "Skip to content" as the first focusable element, leading to the main content', async () => {
    renderApp(signedInApi(), '/front-desk');
    await screen.findByRole('heading', { name: 'Front desk', level: 1 });
    const link = screen.getByRole('link', { name: 'Skip to content' });
    const focusable = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]');
    expect(focusable[0]).toBe(link);
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('main-content');
    expect(document.activeElement?.contains(screen.getByRole('heading', { name: 'Front desk', level: 1 }))).toBe(true);
  });

  it('leads to the field a screen marks as where its work starts (the notice editor)', async () => {
    renderApp(signedInApi(), '/front-desk');
    await screen.findByRole('heading', { name: 'Front desk', level: 1 });
    const main = document.getElementById('main-content');
    const field = document.createElement('input');
    field.setAttribute('data-skip-target', '');
    main?.append(field);
    fireEvent.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(document.activeElement).toBe(field);
  });

  it('switches the UI to Spanish from the header, without a reload, and keeps the choice in the profile', async () => {
    localStorage.clear();
    const api = signedInApi();
    renderApp(api, '/front-desk');
    await screen.findByRole('heading', { name: 'Front desk', level: 1 });
    fireEvent.click(screen.getByTestId('language-select'));
    fireEvent.click(await screen.findByRole('option', { name: 'Español' }));
    expect(await screen.findByRole('heading', { name: 'Recepción', level: 1 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bloquear' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    // The choice is the user's, on every workstation: saved to the profile, not to this computer.
    await waitFor(() => expect(api['account.setLanguage']).toHaveBeenCalledWith({ language: 'es' }));
    expect(localStorage.getItem('privacy-desk.language')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Recepción', level: 1 })).toBeTruthy();
  });
});

describe('dialogs', () => {
  it('focus their heading when nothing inside asks for focus, never the close button', async () => {
    renderFeature(
      signedInApi(),
      '/front-desk',
      <AppModal opened onClose={() => undefined} title="Print the notice">
        <Button>Print</Button>
      </AppModal>,
    );
    const heading = await screen.findByText('Print the notice');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('focus the field they mark, and name the close button', async () => {
    renderApp(signedInApi(), '/settings/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('button[aria-label="Close"]')).not.toBeNull();
    // The add-user dialog marks its first field, which wins over the heading.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Full name/)));
  });
});
