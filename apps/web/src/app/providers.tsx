import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { api } from '../api';
import { useSession } from '../features/auth';
import i18n, { isLocale, setLocale } from '../i18n';
import { createQueryClient } from './query-client';

/** The signed-in user's language wins over the device's. */
function LocaleSync() {
  const { user } = useSession();
  const locale = user?.locale;
  useEffect(() => {
    if (isLocale(locale)) void setLocale(locale);
  }, [locale]);
  return null;
}

export function Providers({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useEffect(() => {
    // One silent refresh restores the session after a reload (the cookie outlives the page).
    void api.restoreSession();
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <LocaleSync />
        {children}
      </QueryClientProvider>
    </I18nextProvider>
  );
}
