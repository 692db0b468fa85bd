import { useSearchParams } from 'react-router';
import { MESSAGES_DRAFT_PARAM } from '@/config/paths';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The draft the address names (`?utkast=`), so a reload opens the same one; null for none. */
export function useRequestedDraft(): string | null {
  const [params] = useSearchParams();
  const id = params.get(MESSAGES_DRAFT_PARAM);
  return id && UUID.test(id) ? id : null;
}
