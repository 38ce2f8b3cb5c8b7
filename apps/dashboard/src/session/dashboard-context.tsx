import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { InstrumentSummary, Session } from '../api/types';
import type { Translator } from '../i18n/translator';

/** What every page needs: the api with the signed-in token, who that is, the language and the instant shown. */
export interface Dashboard {
  readonly api: ApiClient;
  readonly session: Session;
  readonly instruments: readonly InstrumentSummary[];
  readonly t: Translator;
  /** The instant every view is read as of, or null for now. */
  readonly asOf: string | null;
}

const DashboardContext = createContext<Dashboard | null>(null);

export const DashboardProvider = DashboardContext.Provider;

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard outside a signed-in dashboard');
  return dashboard;
}

/** The query parameters that read a view as of the chosen instant. */
export function asOfQuery(asOf: string | null): { asOf?: string } {
  return asOf ? { asOf } : {};
}
