import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

export type LoadErrorProps = {
  /** What could not be fetched, e.g. "Meddelandena gick inte att hämta". */
  title: ReactNode;
  /** Asks again ("Försök igen"). */
  onRetry: () => void;
  /** Why, in words: the error's message, and what still holds. */
  children?: ReactNode;
};

/** A part of a page that could not be fetched: what, why, and "Försök igen". */
export function LoadError({ title, onRetry, children }: LoadErrorProps) {
  return (
    <Alert
      variant="error"
      title={title}
      action={
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Försök igen
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
