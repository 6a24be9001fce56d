import { useMemo } from 'react';
import { useViewParams } from '../../../lib/view-params';
import { useViewer } from '../../auth/api/viewer';
import { flattenScope } from '../model/scope';
import { useScopeAccess } from './scope-access';

/**
 * The scope a console screen shows: the organisation chosen in the side tree (`?org=`), else the viewer's own, with
 * its accounts and keys and those below it as lists.
 */
export function useConsoleScope() {
  const viewer = useViewer().data?.me;
  const { organizationId } = useViewParams();
  const id = organizationId ?? viewer?.organizationId ?? '';
  const query = useScopeAccess(id);
  const root = query.data?.organization ?? null;
  const scope = useMemo(() => (root ? flattenScope(root) : null), [root]);
  return { viewer, id, root, scope, query };
}
