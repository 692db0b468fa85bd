import { Badge } from '@/components';

/** "3 olästa" beside a mailbox or a conversation; nothing when all is read. */
export function UnreadBadge({ count }: { count: number | null }) {
  if (!count) return null;
  return (
    <Badge variant="primary" className="sdk-unread">
      {count} {count === 1 ? 'oläst' : 'olästa'}
    </Badge>
  );
}
