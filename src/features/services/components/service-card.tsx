import { Badge, Button, LinkButton, VisuallyHidden } from '@/components';
import type { Service } from '../api/services';
import { serviceLaunch } from '../launch';

type ServiceCardProps = {
  service: Service;
  commissionHsaId: string | null;
  isFavourite: boolean;
  onToggleFavourite: (serviceId: string) => void;
  onOpen: (serviceId: string) => void;
  /** Also the description and whether it opens signed in: for the few hits of a search. */
  showDetails?: boolean;
};

/**
 * "Intyg och läkarintyg – Webcert" → purpose "Intyg och läkarintyg", product "Webcert". Without
 * a product name from the catalog, or one the name does not end with, there is nothing to split.
 */
function splitName({ name, productName }: Pick<Service, 'name' | 'productName'>) {
  const suffix = ` – ${productName}`;
  if (!productName || !name.endsWith(suffix) || name === suffix) return null;
  return { purpose: name.slice(0, -suffix.length), product: productName };
}

/**
 * One service as a compact row: the product name first and in bold, so the list is quick to
 * scan, the purpose below it. The heading still reads purpose first, as the catalog names it
 * ("Intyg och läkarintyg – Webcert"): only the order on screen changes.
 */
export function ServiceCard({
  service,
  commissionHsaId,
  isFavourite,
  onToggleFavourite,
  onOpen,
  showDetails = false,
}: ServiceCardProps) {
  const headingId = `service-${service.id}`;
  const launch = serviceLaunch(service, commissionHsaId);
  const parts = splitName(service);
  return (
    <article className="service-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="service-card__name">
        {parts ? (
          <>
            <span className="service-card__purpose">{parts.purpose}</span>{' '}
            <VisuallyHidden>–</VisuallyHidden>{' '}
            <span className="service-card__product">{parts.product}</span>
          </>
        ) : (
          <span className="service-card__product">{service.name}</span>
        )}
      </h3>
      <div className="service-card__actions">
        {launch.ok && (
          <LinkButton
            variant="secondary"
            size="sm"
            href={launch.href}
            target="_blank"
            onClick={() => onOpen(service.id)}
          >
            Öppna <VisuallyHidden>{service.name}</VisuallyHidden>
          </LinkButton>
        )}
        <Button
          variant="ghost"
          size="sm"
          className="service-card__favourite"
          aria-pressed={isFavourite}
          aria-label={`Favorit: ${service.name}`}
          title={isFavourite ? 'Ta bort från favoriter' : 'Lägg till i favoriter'}
          onClick={() => onToggleFavourite(service.id)}
        >
          <span aria-hidden="true">{isFavourite ? '★' : '☆'}</span>
        </Button>
      </div>
      {showDetails && (
        <p className="service-card__details">
          {service.description}
          {service.singleSignOn && (
            <>
              {' '}
              <Badge variant="success">Ingen ny inloggning</Badge>
            </>
          )}
        </p>
      )}
      {!launch.ok && (
        <p className="service-card__refused">
          <strong>Kan inte öppnas.</strong> {launch.reason}
        </p>
      )}
    </article>
  );
}
