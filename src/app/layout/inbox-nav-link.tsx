import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { Badge } from '@/components';
import { paths } from '@/config/paths';
import type { Commission, StaffProfile } from '@/features/auth';
import { useInboxUnreadCount } from '@/features/inbox';
import { inboxContextFor } from '../routes/inbox-context';

type InboxNavLinkProps = {
  profile: StaffProfile | null;
  activeCommission: Commission | null;
  /** The layout shows the count in the tab title too. */
  onUnreadChange: (unread: number | null) => void;
};

/**
 * "Inkorg" with the unread count, for commissions that have an inbox. Loaded on demand: the
 * inbox code is not part of the start page.
 */
export function InboxNavLink({ profile, activeCommission, onUnreadChange }: InboxNavLinkProps) {
  const context = inboxContextFor(profile, activeCommission);
  const unread = useInboxUnreadCount(context);
  useEffect(() => onUnreadChange(unread), [unread, onUnreadChange]);

  if (!context) return null;
  return (
    <NavLink to={paths.inbox.getHref()}>
      Inkorg
      {unread ? (
        <>
          {' '}
          <Badge variant="primary">{unread}</Badge>
          <span className="visually-hidden"> olästa</span>
        </>
      ) : null}
    </NavLink>
  );
}
