import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStore, SubjectKeyStore } from '@outcome/event-store';
import { ReadStore, ViewReader } from '@outcome/read-models';
import { AppConfig } from '@outcome/shared';
import { DemoDataset } from '../demo/demo-dataset';
import { CorrectMeasurementHandler } from '../correct-measurement/correct-measurement.handler';
import { EnrolParticipantHandler } from '../enrol-participant/enrol-participant.handler';
import { EraseParticipantHandler } from '../erase-participant/erase-participant.handler';
import { ExportProjectEventsHandler } from '../export-project-events/export-project-events.handler';
import { AccessTokens } from '../identity/access-tokens';
import { IdempotencyRecords } from '../idempotency/idempotency-records';
import { IssueAccessTokenHandler } from '../issue-access-token/issue-access-token.handler';
import { LogContactHandler } from '../log-contact/log-contact.handler';
import { GetParticipantRecordHandler } from '../participant-record/get-participant-record.handler';
import { RecordExitHandler } from '../record-exit/record-exit.handler';
import { RecordMeasurementHandler } from '../record-measurement/record-measurement.handler';
import { RegisterOrganisationHandler } from '../register-organisation/register-organisation.handler';
import { RegisterProjectHandler } from '../register-project/register-project.handler';
import { RetractMeasurementHandler } from '../retract-measurement/retract-measurement.handler';
import { WithdrawConsentHandler } from '../withdraw-consent/withdraw-consent.handler';
import { MeasurementLocator } from '../write/measurement-locator';
import { ParticipantWriter } from '../write/participant-writer';
import { StreamWriteQueue } from '../write/stream-write-queue';
import { ViewMeasurementLocator } from '../write/view-measurement-locator';
import { type PlatformStores, openPlatformStores } from './open-platform-stores';
import { ExternalViewProgress, InProcessViewProgress } from './projection-runner.providers';
import { ViewProgress } from './view-progress';
import { ViewReadPoints } from '../reads/view-read-points';
import { GetGroupedOutcomesHandler } from '../reads/grouped-outcomes/get-grouped-outcomes.handler';
import { GetOutcomeSynthesisHandler } from '../reads/outcome-synthesis/get-outcome-synthesis.handler';
import { PlanPowerHandler } from '../reads/power-plan/plan-power.handler';
import { GetProjectOutcomeHandler } from '../reads/project-outcome/get-project-outcome.handler';
import { GetParticipantTrajectoryHandler } from '../reads/participant-trajectory/get-participant-trajectory.handler';
import { GetProjectEnrolmentHandler } from '../reads/project-enrolment/get-project-enrolment.handler';
import { GetMeasurementsDueHandler } from '../reads/measurements-due/get-measurements-due.handler';
import { GetDoseResponseHandler } from '../reads/dose-response/get-dose-response.handler';
import { GetProjectHandler, ListProjectsHandler } from '../reads/project-list/list-projects.handler';
import { ListParticipantsHandler } from '../reads/participant-list/list-participants.handler';
import { CreateQuestionnaireLinkHandler } from '../questionnaire-links/create-questionnaire-link.handler';
import { ListQuestionnaireLinksHandler } from '../questionnaire-links/list-questionnaire-links.handler';
import { OpenQuestionnaireLinkHandler } from '../questionnaire-links/open-questionnaire-link.handler';
import { QuestionnaireLinkKeys } from '../questionnaire-links/questionnaire-link-keys';
import { QuestionnaireLinkWriter } from '../questionnaire-links/questionnaire-link-writer';
import { RevokeQuestionnaireLinkHandler } from '../questionnaire-links/revoke-questionnaire-link.handler';
import { SubmitQuestionnaireAnswersHandler } from '../questionnaire-links/submit-questionnaire-answers.handler';

const PLATFORM_STORES = Symbol('PlatformStores');

const HANDLERS = [
  RegisterOrganisationHandler,
  IssueAccessTokenHandler,
  RegisterProjectHandler,
  EnrolParticipantHandler,
  RecordMeasurementHandler,
  CorrectMeasurementHandler,
  RetractMeasurementHandler,
  LogContactHandler,
  RecordExitHandler,
  WithdrawConsentHandler,
  EraseParticipantHandler,
  GetParticipantRecordHandler,
  ExportProjectEventsHandler,
  GetProjectOutcomeHandler,
  GetGroupedOutcomesHandler,
  GetOutcomeSynthesisHandler,
  PlanPowerHandler,
  GetParticipantTrajectoryHandler,
  GetProjectEnrolmentHandler,
  GetMeasurementsDueHandler,
  GetDoseResponseHandler,
  ListProjectsHandler,
  GetProjectHandler,
  ListParticipantsHandler,
  CreateQuestionnaireLinkHandler,
  RevokeQuestionnaireLinkHandler,
  ListQuestionnaireLinksHandler,
  OpenQuestionnaireLinkHandler,
  SubmitQuestionnaireAnswersHandler,
];

/**
 * Closes the stores last: Nest runs the shutdown hooks after every `beforeApplicationShutdown` (the
 * runner's stop) and after the HTTP server has finished the requests in flight.
 */
@Injectable()
class PlatformStoresCloser implements OnApplicationShutdown {
  constructor(@Inject(PLATFORM_STORES) private readonly stores: PlatformStores) {}

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.stores.close();
    new Logger('Platform').log(`Stores closed${signal ? ` after ${signal}` : ''}: stopped cleanly`);
  }
}

export interface PlatformOptions {
  /** Whether this process runs the projections (api embedded, projector) or follows others' checkpoints. */
  readonly runProjections: boolean;
}

/**
 * The providers every process role shares (api, projector, cli): the configured stores, the
 * command and query handlers, identity and idempotency.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: PlatformOptions): DynamicModule {
    const fromStores = <T>(pick: (stores: PlatformStores) => T) => ({
      useFactory: pick,
      inject: [PLATFORM_STORES],
    });
    const providers: Provider[] = [
      { provide: AppConfig, useValue: config },
      { provide: PLATFORM_STORES, useFactory: () => openPlatformStores(config) },
      { provide: EventStore, ...fromStores((stores) => stores.eventStore) },
      { provide: SubjectKeyStore, ...fromStores((stores) => stores.keyStore) },
      { provide: ReadStore, ...fromStores((stores) => stores.readStore) },
      { provide: ViewReader, useFactory: (readStore: ReadStore) => new ViewReader(readStore), inject: [ReadStore] },
      { provide: ViewProgress, useClass: options.runProjections ? InProcessViewProgress : ExternalViewProgress },
      { provide: MeasurementLocator, useClass: ViewMeasurementLocator },
      StreamWriteQueue,
      ParticipantWriter,
      QuestionnaireLinkWriter,
      QuestionnaireLinkKeys,
      PlatformStoresCloser,
      AccessTokens,
      IdempotencyRecords,
      DemoDataset,
      ViewReadPoints,
      ...HANDLERS,
    ];
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot()],
      providers,
      exports: [
        AppConfig,
        EventStore,
        SubjectKeyStore,
        ReadStore,
        ViewReader,
        ViewProgress,
        AccessTokens,
        IdempotencyRecords,
        DemoDataset,
        ViewReadPoints,
        MeasurementLocator,
        CqrsModule,
      ],
    };
  }
}
