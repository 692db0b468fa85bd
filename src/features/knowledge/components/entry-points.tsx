import { Link } from 'react-router';
import { paths, type SearchHrefParams } from '@/config/paths';
import { AUDIENCE_LABELS, AUDIENCES, type ContentType } from '@/lib/knowledge/vocabulary';
import './start-page.css';

/**
 * Topics staff ask for, diagnoses and the everyday work that has no diagnosis: words to search
 * for, or a filter where the topic is a kind of text (the word "patientinformation" also found
 * the method descriptions that mention it).
 */
const TOPICS: { label: string; search: SearchHrefParams }[] = [
  { label: 'Infarter och katetrar', search: { q: 'kateter' } },
  { label: 'Sår och trycksår', search: { q: 'sår' } },
  { label: 'Fall och fallprevention', search: { q: 'fall' } },
  { label: 'Nutrition', search: { q: 'nutrition' } },
  { label: 'Kompression', search: { q: 'kompression' } },
  { label: 'Inkontinens', search: { q: 'inkontinens' } },
  { label: 'EKG och blodtryck', search: { q: 'blodtryck' } },
  { label: 'Barnhälsovård', search: { q: 'barnhälsovård' } },
  { label: 'Psykisk hälsa', search: { q: 'psykisk hälsa' } },
  { label: 'Infektioner', search: { q: 'infektion' } },
  { label: 'Läkemedel', search: { q: 'läkemedel' } },
  {
    label: 'Patientinformation att skriva ut',
    search: { innehall: 'patientinformation' satisfies ContentType },
  },
];

export function TopicLinks() {
  return (
    <nav aria-labelledby="topics-heading" className="entry-points">
      <h2 id="topics-heading">Ämnen</h2>
      <ul className="entry-points__list">
        {TOPICS.map((topic) => (
          <li key={topic.label}>
            <Link to={paths.search.getHref(topic.search)}>{topic.label}</Link>
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
