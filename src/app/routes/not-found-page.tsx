import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  return (
    <div className="stack">
      <h1>Sidan finns inte</h1>
      <p>Adressen kan vara felstavad, eller så har sidan flyttats.</p>
      <p>
        <Link to={paths.home.getHref()}>Till startsidan</Link>
      </p>
    </div>
  );
}
