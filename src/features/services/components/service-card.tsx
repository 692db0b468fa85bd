import { Badge, Button, LinkButton, VisuallyHidden } from '@/components';
import type { Service } from '../api/get-services';
import { serviceLaunch } from '../launch';

type ServiceCardProps = {
  service: Service;
  commissionHsaId: string | null;
  isFavourite: boolean;
  onToggleFavourite: (serviceId: string) => void;
  onOpen: (serviceId: string) => void;
};

export function ServiceCard({
  service,
  commissionHsaId,
  isFavourite,
  onToggleFavourite,
  onOpen,
}: ServiceCardProps) {
  const headingId = `service-${service.id}`;
  const launch = serviceLaunch(service, commissionHsaId);
  return (
    <article className="service-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="service-card__name">
        {service.name}
      </h3>
      <p className="service-card__description">{service.description}</p>
      {!launch.ok && (
        <p className="service-card__refused">
          <strong>Kan inte öppnas.</strong> {launch.reason}
        </p>
      )}
      <div className="service-card__actions">
        {launch.ok && (
          <LinkButton
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
          aria-pressed={isFavourite}
          aria-label={`Favorit: ${service.name}`}
          onClick={() => onToggleFavourite(service.id)}
        >
          <span aria-hidden="true">{isFavourite ? '★' : '☆'}</span> Favorit
        </Button>
        {service.singleSignOn && <Badge variant="success">Ingen ny inloggning</Badge>}
      </div>
    </article>
  );
}
