import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../lib/i18n';
import { createQueryClient, startupQueryClient } from '../lib/dataset-query';
import { OpenedFileProvider } from '../lib/opened-file';

interface Props {
  children: ReactNode;
  /** Tests pass a fresh client with `retry: false`; the app, the one start.tsx made with the dataset request under way. */
  queryClient?: QueryClient;
}

export function AppProviders({ children, queryClient }: Props) {
  const [client] = useState(() => queryClient ?? startupQueryClient() ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <OpenedFileProvider>{children}</OpenedFileProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
