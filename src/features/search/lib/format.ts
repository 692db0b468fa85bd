import {
  AUDIENCE_LABELS,
  CONTENT_TYPE_LABELS,
  PUBLISHER_TYPE_LABELS,
  type Audience,
  type ContentType,
  type PublisherType,
} from '@/lib/knowledge/vocabulary';

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** "2025-03-10" → "10 mars 2025". */
export const formatUpdated = (isoDate: string) =>
  dateFormat.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));

export const publisherTypeLabel = (type: PublisherType) => PUBLISHER_TYPE_LABELS[type] ?? type;
export const contentTypeLabel = (type: ContentType) => CONTENT_TYPE_LABELS[type] ?? type;
export const audienceLabels = (audience: readonly Audience[]) =>
  audience.map((a) => AUDIENCE_LABELS[a] ?? a).join(', ');

/** "1 träff" / "23 träffar". */
export const hitCount = (n: number) =>
  `${n.toLocaleString('sv-SE')} ${n === 1 ? 'träff' : 'träffar'}`;
