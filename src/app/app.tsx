import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AuthProvider, createSessionClient } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';
import { createAppRouter } from './router';

export function App() {
  const [sessionClient] = useState(() => createSessionClient());
  const [queryClient] = useState(() => createQueryClient());
  const [router] = useState(() => createAppRouter(sessionClient));
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider sessionClient={sessionClient}>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
