import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import i18n, { setLocale } from '../i18n';
import { renderWithProviders } from '../test/render';
import { PublicLayout } from './public-layout';

function renderSignInPage() {
  return renderWithProviders(
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/" element={<p>Sign-in form</p>} />
      </Route>
    </Routes>,
  );
}

afterEach(async () => {
  await setLocale('en');
  localStorage.clear();
});

describe('the language picker of the public pages', () => {
  it('offers every language by its own name', () => {
    renderSignInPage();
    const picker = screen.getByRole('combobox', { name: 'Language' });
    const options = [...(picker as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['en', 'English'],
      ['it', 'Italiano'],
      ['fi', 'Suomi'],
      ['pt', 'Português'],
      ['el', 'Ελληνικά'],
      ['de', 'Deutsch'],
      ['es', 'Español'],
      ['sv', 'Svenska'],
    ]);
    expect(picker).toHaveValue('en');
  });

  it('switches the page to the chosen language, sets <html lang> and remembers the choice', async () => {
    renderSignInPage();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'el');

    const picker = await screen.findByRole('combobox', { name: 'Γλώσσα' });
    expect(picker).toHaveValue('el');
    expect(screen.getByText(/^Campus · μάθηση ανοιχτού κώδικα/)).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('el'));
    expect(i18n.resolvedLanguage).toBe('el');
    expect(localStorage.getItem('campus.locale')).toBe('el');

    await userEvent.selectOptions(picker, 'de');
    expect(await screen.findByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
  });
});
