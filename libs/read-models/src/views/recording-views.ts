import { measurementOwnerProjection } from './measurement-owner/measurement-owner.projection';
import { participantSummaryProjection } from './participant-summary/participant-summary.projection';
import { projectCatalogueProjection } from './project-catalogue/project-catalogue.projection';

/** The views the recording api reads. */
export const RECORDING_VIEWS = [measurementOwnerProjection, projectCatalogueProjection, participantSummaryProjection];
