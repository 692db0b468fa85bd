import { Link } from 'react-router';
import { Alert, Button, Loading } from '@/components';
import { paths } from '@/config/paths';
import { StartSearch } from './start-search';
import './article.css';

/** An unknown id: say so, and offer a search instead of a dead end. */
export function ArticleNotFound({ message }: { message?: string }) {
  return (
    <div className="stack">
      <h1>Texten finns inte</h1>
      <p>
        {message ??
          'Det finns ingen text på den här adressen. Den kan ha tagits bort eller fått en ny adress.'}
      </p>
      <StartSearch
        label="Sök efter texten i stället"
        hint="Skriv några ord ur rubriken eller ämnet."
      />
      <p>
        <Link to={paths.home.getHref()}>Till startsidan</Link>
      </p>
    </div>
  );
}

/** The backend failed: a message and a retry, never a blank page. */
export function ArticleLoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="stack">
      <h1>Texten kunde inte visas</h1>
      <Alert
        variant="error"
        title="Det gick inte att hämta texten"
        action={
          <Button variant="primary" onClick={onRetry}>
            Försök igen
          </Button>
        }
      >
        <p>{message}</p>
      </Alert>
      <p>
        <Link to={paths.home.getHref()}>Till startsidan</Link>
      </p>
    </div>
  );
}

/** While a text loads: keeps the page's height, so the footer does not jump when it arrives. */
export function ArticleLoading({ label = 'Hämtar texten …' }: { label?: string }) {
  return <Loading label={label} className="article-loading" />;
}
