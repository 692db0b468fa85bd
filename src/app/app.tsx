import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AuthProvider, createUserManager } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';
import { createAppRouter } from './router';

export function App() {
  const [userManager] = useState(() => createUserManager());
  const [queryClient] = useState(() => createQueryClient());
  const [router] = useState(() => createAppRouter(userManager));
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider userManager={userManager}>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
