import type { ReactNode } from 'react';
import { Alert, Button } from '@/components';

type LoadErrorProps = {
  title?: string;
  retry: () => void;
  children: ReactNode;
};

/** Something could not be fetched: why, and "Försök igen". */
export function LoadError({
  title = 'Meddelandena gick inte att hämta',
  retry,
  children,
}: LoadErrorProps) {
  return (
    <Alert
      variant="error"
      title={title}
      action={
        <Button variant="secondary" size="sm" onClick={retry}>
          Försök igen
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
