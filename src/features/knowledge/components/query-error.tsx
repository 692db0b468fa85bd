import { Alert, Button } from '@/components';

/** A part of a page that failed to load: what failed, why, and a retry. */
export function QueryError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: Error;
  onRetry: () => void;
}) {
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
      <p>{error.message}</p>
    </Alert>
  );
}
