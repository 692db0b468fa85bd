import { useDeferredValue, useId, useState } from 'react';
import { Alert, Button, Disclosure, EmptyState, Loading, TextField } from '@/components';
import { useServices } from '../api/services';
import type { Service } from '../api/services';
import { useFavourites, useRecentlyOpened } from '../personal-lists';
import { matchesQuery } from '../search';
import { ServiceCard } from './service-card';
import './service-catalog.css';

type ServiceCatalogProps = {
  employeeHsaId: string;
  commissionHsaId: string | null;
};

/** Categories in the order the catalog lists them. */
function groupByCategory(services: Service[]): [string, Service[]][] {
  const groups = new Map<string, Service[]>();
  for (const service of services) {
    groups.set(service.category, [...(groups.get(service.category) ?? []), service]);
  }
  return [...groups.entries()];
}

export function ServiceCatalog({ employeeHsaId, commissionHsaId }: ServiceCatalogProps) {
  const services = useServices(commissionHsaId);
  const { favourites, toggleFavourite } = useFavourites(employeeHsaId);
  const { recent, markOpened } = useRecentlyOpened(employeeHsaId);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const statusId = useId();

  if (services.isPending) return <Loading label="Hämtar dina tjänster …" />;
  if (services.isError) {
    return (
      <Alert
        variant="error"
        title="Tjänsterna kunde inte hämtas"
        action={
          <Button onClick={() => void services.refetch()} isLoading={services.isFetching}>
            Försök igen
          </Button>
        }
      >
        {services.error.message}
      </Alert>
    );
  }

  const granted = services.data.filter((s) => s.access.granted);
  const unavailable = services.data.filter((s) => !s.access.granted);
  const searched = deferredQuery.trim();
  const visible = granted.filter((s) => matchesQuery(s, searched));
  const favouriteServices = visible.filter((s) => favourites.includes(s.id));
  const others = visible.filter((s) => !favourites.includes(s.id));
  const recentServices = recent
    .map((id) => granted.find((s) => s.id === id))
    .filter((s): s is Service => s !== undefined);

  const card = (service: Service) => (
    <li key={service.id}>
      <ServiceCard
        service={service}
        commissionHsaId={commissionHsaId}
        isFavourite={favourites.includes(service.id)}
        onToggleFavourite={toggleFavourite}
        onOpen={markOpened}
        showDetails={searched !== ''}
      />
    </li>
  );

  return (
    <div className="service-catalog stack">
      <div className="service-catalog__filter" role="search" aria-label="Tjänster">
        <TextField
          label="Hitta en tjänst"
          hint="Skriv vad du vill göra eller tjänstens namn, till exempel ”sjukintyg”, ”remiss” eller ”Webcert”."
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-controls={statusId}
        />
        <p id={statusId} className="service-catalog__status" role="status">
          {searched
            ? `${visible.length} av ${granted.length} tjänster visas`
            : `${granted.length} tjänster`}
        </p>
      </div>

      {recentServices.length > 0 && !searched && (
        <section aria-labelledby="recent-heading" className="service-catalog__recent">
          <h2 id="recent-heading">Senast öppnade</h2>
          <ul className="cluster">
            {recentServices.map((service) => (
              <li key={service.id}>{service.productName ?? service.name}</li>
            ))}
          </ul>
        </section>
      )}

      {visible.length === 0 && (
        <EmptyState
          title={granted.length === 0 ? 'Inga tjänster' : 'Ingen tjänst matchar din sökning'}
          action={
            searched ? (
              <Button variant="secondary" onClick={() => setQuery('')}>
                Rensa sökningen
              </Button>
            ) : undefined
          }
        >
          {granted.length === 0 ? (
            'Ditt medarbetaruppdrag ger inte tillgång till några tjänster här.'
          ) : (
            <NoMatch query={searched} unavailable={unavailable} />
          )}
        </EmptyState>
      )}

      {(favouriteServices.length > 0 || others.length > 0) && (
        <div className="service-catalog__groups">
          {favouriteServices.length > 0 && (
            <section aria-labelledby="favourites-heading" className="service-catalog__group">
              <h2 id="favourites-heading">Favoriter</h2>
              <ul className="service-catalog__list">{favouriteServices.map(card)}</ul>
            </section>
          )}
          {groupByCategory(others).map(([category, list]) => (
            <section key={category} aria-label={category} className="service-catalog__group">
              <h2>{category}</h2>
              <ul className="service-catalog__list">{list.map(card)}</ul>
            </section>
          ))}
        </div>
      )}

      {unavailable.length > 0 && (
        <Disclosure summary={`Tjänster du inte har tillgång till (${unavailable.length})`}>
          <ul className="service-catalog__unavailable">
            {unavailable.map((service) => (
              <li key={service.id}>
                <strong>{service.name}</strong>
                <ul>
                  {!service.access.granted &&
                    service.access.reasons.map((reason) => (
                      <li key={reason.code}>{reason.message}</li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </Disclosure>
      )}
    </div>
  );
}

/** What a search that found nothing among the granted services can still tell the person. */
function NoMatch({ query, unavailable }: { query: string; unavailable: Service[] }) {
  const refused = unavailable.filter((s) => matchesQuery(s, query));
  return (
    <>
      <p>
        Ingen av dina tjänster passar <strong>”{query}”</strong>. Prova ett annat ord för det du
        vill göra, till exempel ”intyg”, ”remiss” eller ”frikort”, eller tjänstens namn.
      </p>
      {refused.length > 0 && (
        <p>
          Det du söker finns bland tjänsterna du inte har tillgång till:{' '}
          {refused.map((s) => s.name).join(', ')}. Längre ner, under ”Tjänster du inte har tillgång
          till”, ser du vad som krävs.
        </p>
      )}
    </>
  );
}
