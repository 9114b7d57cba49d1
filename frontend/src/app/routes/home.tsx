import { Navigate } from 'react-router';
import { Forbidden } from '@/components/forbidden';
import { allowedNavEntries } from '@/components/layouts/main-nav';
import { useMe } from '@/lib/me';

/** The start page: the first section the caller may open (an auditor starts in the audit trail). */
export function Component() {
  const { data: me } = useMe();
  const first = allowedNavEntries(me)[0];
  return first ? <Navigate to={first.path} replace /> : <Forbidden />;
}
