import { Link } from 'react-router';
import { Alert } from '@/components';
import type { LaunchProblem } from '../launch';

/** A launch that cannot go on: every problem at once, and a way onwards. */
export function LaunchFailure({
  problem,
  onwards,
}: {
  problem: LaunchProblem;
  onwards: { to: string; label: string };
}) {
  return (
    <div className="stack">
      <h1>Öppna patient från journalsystemet</h1>
      <Alert variant="error" title={problem.title} headingLevel={2}>
        <ul>
          {problem.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </Alert>
      <p>
        <Link to={onwards.to}>{onwards.label}</Link>
      </p>
    </div>
  );
}
