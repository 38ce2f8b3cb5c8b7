import type { CalendarDate, InterventionType, ProjectRegistered } from '@outcome/domain';
import type { Projection } from '../../projection/projection';
import type { DomainRecordedEvent } from '../domain-recorded-event';

/** One row per project: what it is, whose it is, what it measures. */
export interface ProjectCatalogueRow {
  readonly projectId: string;
  readonly organisationId: string;
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly targetGroup: string | null;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  readonly instruments: readonly string[];
  readonly hasComparisonGroup: boolean;
  readonly registeredAt: string;
}

export const projectCatalogueProjection: Projection<ProjectCatalogueRow, DomainRecordedEvent<ProjectRegistered>> = {
  name: 'project_catalogue',
  version: 1,
  eventTypes: ['ProjectRegistered'],
  table: {
    name: 'project_catalogue',
    columns: {
      projectId: { type: 'text', key: true },
      organisationId: { type: 'text', indexed: true },
      name: { type: 'text' },
      interventionType: { type: 'text', indexed: true },
      targetGroup: { type: 'text', nullable: true },
      startsOn: { type: 'text' },
      endsOn: { type: 'text', nullable: true },
      instruments: { type: 'json' },
      hasComparisonGroup: { type: 'boolean' },
      registeredAt: { type: 'text' },
    },
  },
  keysOf: (event) => [{ projectId: event.data.projectId }],
  evolve: (_row, event) => ({
    projectId: event.data.projectId,
    organisationId: event.data.organisationId,
    name: event.data.name,
    interventionType: event.data.interventionType,
    targetGroup: event.data.targetGroup,
    startsOn: event.data.startsOn,
    endsOn: event.data.endsOn,
    instruments: event.data.instruments,
    hasComparisonGroup: event.data.hasComparisonGroup,
    registeredAt: event.metadata.recordedAt,
  }),
};
