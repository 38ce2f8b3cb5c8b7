import type { ReactNode } from 'react';
import type { Load } from '../session/use-load';
import { useDashboard } from '../session/dashboard-context';

/** Shows a value once loaded, a polite status while loading, and the api's message when it failed. */
export function Loaded<T>({ load, children }: { load: Load<T>; children: (value: T) => ReactNode }) {
  const { t } = useDashboard();
  if (load.state === 'loading') {
    return (
      <p className="status" role="status">
        {t.t('common.loading')}
      </p>
    );
  }
  if (load.state === 'failed') {
    return (
      <p className="error" role="alert">
        {t.t('common.failed', { message: load.message })}
      </p>
    );
  }
  return <>{children(load.value)}</>;
}
