import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { currentPeriod, parsePeriod } from './periods';

/**
 * What a view shows, kept in the address so that it can be bookmarked and sent: `?org=<organisation id>&period=<key>`.
 * The period defaults to the current quarter; the organisation to the viewer's own (the caller decides).
 */
export function viewParamsOf(params: URLSearchParams): { period: string; organizationId: string | null } {
  const asked = params.get('period');
  return {
    period: parsePeriod(asked) ? asked! : currentPeriod('QUARTER', new Date()),
    organizationId: params.get('org'),
  };
}

/** The view's period and organisation from the address, and setters that keep the rest of it. */
export function useViewParams() {
  const [params, setParams] = useSearchParams();
  const { period, organizationId } = viewParamsOf(params);
  const set = useCallback(
    (name: 'org' | 'period', value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null) next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  return {
    period,
    organizationId,
    setPeriod: useCallback((key: string) => set('period', key), [set]),
    setOrganization: useCallback((id: string | null) => set('org', id), [set]),
  };
}
