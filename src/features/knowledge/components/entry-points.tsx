import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { AUDIENCE_LABELS, AUDIENCES } from '@/lib/knowledge/vocabulary';
import './start-page.css';

/** Topics staff ask for, diagnoses and the everyday work that has no diagnosis. */
const TOPICS = [
  { label: 'Infarter och katetrar', q: 'kateter' },
  { label: 'Sår och trycksår', q: 'sår' },
  { label: 'Fall och fallprevention', q: 'fall' },
  { label: 'Nutrition', q: 'nutrition' },
  { label: 'Kompression', q: 'kompression' },
  { label: 'Inkontinens', q: 'inkontinens' },
  { label: 'EKG och blodtryck', q: 'blodtryck' },
  { label: 'Barnhälsovård', q: 'barnhälsovård' },
  { label: 'Psykisk hälsa', q: 'psykisk hälsa' },
  { label: 'Infektioner', q: 'infektion' },
  { label: 'Läkemedel', q: 'läkemedel' },
  { label: 'Patientinformation att skriva ut', q: 'patientinformation' },
] as const;

export function TopicLinks() {
  return (
    <nav aria-labelledby="topics-heading" className="entry-points">
      <h2 id="topics-heading">Ämnen</h2>
      <ul className="entry-points__list">
        {TOPICS.map((topic) => (
          <li key={topic.label}>
            <Link to={paths.search.getHref({ q: topic.q })}>{topic.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ProfessionLinks() {
  return (
    <nav aria-labelledby="professions-heading" className="entry-points">
      <h2 id="professions-heading">För din yrkesroll</h2>
      <ul className="entry-points__list entry-points__list--compact">
        {AUDIENCES.map((audience) => (
          <li key={audience}>
            <Link to={paths.search.getHref({ malgrupp: audience })}>
              {AUDIENCE_LABELS[audience]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The national open services, named by what they do first. Plain links: no login needed. */
const OPEN_SERVICES = [
  {
    name: 'Medicinsk biblioteksservice – vetenskapliga artiklar via din regions bibliotek (Eira)',
    href: 'https://www.inera.se/tjanster/eira/Eira/',
  },
  {
    name: 'Läkemedelsinformation från flera granskade källor – Sil Online',
    href: 'https://www.silonline.se',
  },
  {
    name: 'Metoder och rutiner för vård och omsorg – Vårdhandboken',
    href: 'https://www.vardhandboken.se',
  },
  {
    name: 'Riktlinjer och metoder för barnhälsovården – Rikshandboken i barnhälsovård',
    href: 'https://www.rikshandboken-bhv.se',
  },
  {
    name: 'Statistik om hur Ineras tjänster används – Statistiktjänsten',
    href: 'https://www.inera.se/tjanster/alla-tjanster-a-o/statistiktjansten/',
  },
] as const;

export function OpenServices() {
  return (
    <section aria-labelledby="open-services-heading" className="entry-points">
      <h2 id="open-services-heading">Nationella tjänster öppna för alla</h2>
      <ul className="entry-points__list entry-points__list--wide">
        {OPEN_SERVICES.map((service) => (
          <li key={service.href}>
            <a href={service.href}>{service.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
