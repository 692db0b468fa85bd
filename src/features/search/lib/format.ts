import {
  AUDIENCE_LABELS,
  CONTENT_TYPE_LABELS,
  PUBLISHER_TYPE_LABELS,
  type Audience,
  type ContentType,
  type PublisherType,
} from '@/lib/knowledge/vocabulary';

export const publisherTypeLabel = (type: PublisherType) => PUBLISHER_TYPE_LABELS[type] ?? type;
export const contentTypeLabel = (type: ContentType) => CONTENT_TYPE_LABELS[type] ?? type;
export const audienceLabels = (audience: readonly Audience[]) =>
  audience.map((a) => AUDIENCE_LABELS[a] ?? a).join(', ');

/** "1 träff" / "23 träffar". */
export const hitCount = (n: number) =>
  `${n.toLocaleString('sv-SE')} ${n === 1 ? 'träff' : 'träffar'}`;
