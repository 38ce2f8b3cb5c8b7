import { organisationDecider, organisationStream } from '@outcome/domain';
import type { Principal } from '../identity/principal';
import type { WriteContext } from '../write/write-context';
import { DEMO_PROJECT_PLANS } from './demo-project-plans';
import { type DecidedCommand, DemoRecorder } from './demo-recorder';
import { recordDemoProject, type RecordedDemoProject } from './record-demo-project';
import { SeededRandom } from './seeded-random';

/** Every demo event is recorded by this token id, which marks it as demo data in the streams. */
export const DEMO_TOKEN_ID = 'demo-dataset';
export const DEMO_ORGANISATION_NAME = 'Buurtwerk Zonnebloem (demo: fictitious data)';
// Of the first few seeds, one whose verdicts clear their intervals' edges: small changes to the
// generator should not tip a project from one verdict to another.
const DEMO_SEED = 2;

export interface GeneratedDemoDataset {
  readonly organisationId: string;
  readonly projects: readonly RecordedDemoProject[];
  /** In the order of the days they happened on. */
  readonly commands: readonly DecidedCommand[];
}

/** The demo dataset as the commands of its organisation's workers would have made it; the same on every machine. */
export function generateDemoDataset(seed = DEMO_SEED): GeneratedDemoDataset {
  const recorder = new DemoRecorder(new SeededRandom(seed + 1));
  const organisationId = recorder.newId();
  const registered = organisationDecider.decide(
    { type: 'RegisterOrganisation', organisationId, name: DEMO_ORGANISATION_NAME },
    organisationDecider.initialState(),
  );
  const firstDay = DEMO_PROJECT_PLANS.map((plan) => plan.startsOn).sort()[0]!;
  recorder.record(firstDay, contextOf({ role: 'admin', tokenId: DEMO_TOKEN_ID }), undefined, [
    { stream: organisationStream(organisationId), events: registered },
  ]);
  const worker = contextOf({ role: 'organisation', tokenId: DEMO_TOKEN_ID, organisationId });
  // A generator per project, so that tuning one project leaves every other as it was.
  const seeds = new SeededRandom(seed);
  const projects = DEMO_PROJECT_PLANS.map((plan) =>
    recordDemoProject(plan, { id: organisationId, worker }, recorder, new SeededRandom(seeds.between(0, 2 ** 32 - 1))),
  );
  return { organisationId, projects, commands: recorder.commandsByDay() };
}

function contextOf(principal: Principal): WriteContext {
  return { principal, correlationId: DEMO_TOKEN_ID };
}
