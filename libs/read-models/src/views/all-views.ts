import type { Projection } from '../projection/projection';
import { contactLogProjection } from './contact-log/contact-log.projection';
import { measurementOwnerProjection } from './measurement-owner/measurement-owner.projection';
import { participantProfileProjection } from './participant-profile/participant-profile.projection';
import { participantSummaryProjection } from './participant-summary/participant-summary.projection';
import { projectCatalogueProjection } from './project-catalogue/project-catalogue.projection';
import { scaleScoresProjection } from './scale-scores/scale-scores.projection';

/** Every view this version of the platform keeps: the runner builds them, the cli rebuilds them. */
export const VIEWS: readonly Projection[] = [
  projectCatalogueProjection,
  measurementOwnerProjection,
  participantSummaryProjection,
  participantProfileProjection,
  scaleScoresProjection,
  contactLogProjection,
] as readonly Projection[];
