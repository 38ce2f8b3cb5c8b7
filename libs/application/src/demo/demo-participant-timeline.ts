import type { Arm, CalendarDate, ContactKind, ExitReason } from '@outcome/domain';
import type { ItemResponse } from '@outcome/instruments';
import { answersAt, type Construct, constructOf } from './demo-answers';
import { addDays, DEMO_LAST_DAY, earliest } from './demo-dates';
import { clampLevel, type DemoPerson } from './demo-person';
import type { DemoProjectPlan } from './demo-project-plans';
import type { SeededRandom } from './seeded-random';

/** What happens to a participant after enrolment, as the commands a worker would give. */
export type DemoStep =
  | {
      readonly kind: 'measurement';
      readonly on: CalendarDate;
      readonly instrument: string;
      readonly wave: number;
      readonly responses: ItemResponse[];
    }
  | { readonly kind: 'contact'; readonly on: CalendarDate; readonly minutes: number; readonly contactKind: ContactKind }
  | { readonly kind: 'exit'; readonly on: CalendarDate; readonly reason: ExitReason };

type Contact = Extract<DemoStep, { kind: 'contact' }>;
type Exit = Extract<DemoStep, { kind: 'exit' }>;

/** Baseline at enrolment, follow-ups after about 13 and 26 weeks. */
const FOLLOW_UP_WAVES = [1, 2] as const;
const LEAVING_REASONS: readonly ExitReason[] = ['lost-to-follow-up', 'lost-to-follow-up', 'moved', 'declined', 'died'];
/** Regression to the mean (docs/statistics.md): people who enrolled lonely score less lonely later by themselves. */
const REGRESSION_TO_THE_MEAN = 0.2;
const MEAN_LONELINESS = 0.45;

export function planParticipantSteps(
  plan: DemoProjectPlan,
  arm: Arm,
  enrolledOn: CalendarDate,
  person: DemoPerson,
  random: SeededRandom,
): DemoStep[] {
  const waveDates = [
    addDays(enrolledOn, random.between(0, 7)),
    addDays(enrolledOn, 91 + random.between(-7, 10)),
    addDays(enrolledOn, 182 + random.between(-7, 14)),
  ] as const;
  const { exit, lastWave } = drawExit(plan, enrolledOn, waveDates, random);
  const contacts =
    arm === 'intervention'
      ? drawContacts(plan, enrolledOn, earliest(exit?.on, waveDates[2], plan.endsOn, DEMO_LAST_DAY), random)
      : [];
  const measured = [0, ...FOLLOW_UP_WAVES.filter((wave) => wave <= lastWave && !random.chance(0.04))];
  const measurements = measured
    .filter((wave) => waveDates[wave]! <= DEMO_LAST_DAY)
    .flatMap((wave) => {
      const on = waveDates[wave]!;
      const hours = contacts.filter((contact) => contact.on <= on).reduce((sum, { minutes }) => sum + minutes, 0) / 60;
      return plan.instruments.map((instrument): DemoStep => {
        const level = levelAt(plan, arm, person, constructOf(instrument), wave, hours, random);
        return { kind: 'measurement', on, instrument, wave, responses: answersAt(instrument, level, random) };
      });
    });
  const steps: DemoStep[] = [...measurements, ...contacts, ...(exit && exit.on <= DEMO_LAST_DAY ? [exit] : [])];
  // Stable: on one day, a measurement comes before a contact and both before an exit.
  return steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Some leave before their first follow-up, some between the follow-ups; some complete before the last one. */
function drawExit(
  plan: DemoProjectPlan,
  enrolledOn: CalendarDate,
  [, firstFollowUp, lastFollowUp]: readonly CalendarDate[],
  random: SeededRandom,
): { exit?: Exit; lastWave: number } {
  const fate = random.next();
  const between = (from: CalendarDate, days: number): CalendarDate => addDays(from, random.between(0, days));
  if (fate < plan.earlyLeavers) {
    return { exit: leaving(between(addDays(enrolledOn, 21), 59), random.pick(LEAVING_REASONS)), lastWave: 0 };
  }
  if (fate < plan.earlyLeavers + 0.07) {
    return { exit: leaving(between(addDays(firstFollowUp!, 7), 50), random.pick(LEAVING_REASONS)), lastWave: 1 };
  }
  // docs/api.md: a participant who completed the intervention is still measured at later follow-ups.
  if (fate < plan.earlyLeavers + 0.3) {
    const completedOn = earliest(between(addDays(firstFollowUp!, 14), 50), addDays(lastFollowUp!, -7));
    return { exit: leaving(completedOn, 'completed'), lastWave: 2 };
  }
  return { lastWave: 2 };
}

const leaving = (on: CalendarDate, reason: ExitReason): Exit => ({ kind: 'exit', on, reason });

function drawContacts(plan: DemoProjectPlan, enrolledOn: CalendarDate, until: CalendarDate, random: SeededRandom) {
  const everyDays = random.pick(plan.contact.everyDays);
  const [min, max] = plan.contact.minutes;
  const contacts: Contact[] = [];
  for (
    let on = addDays(enrolledOn, random.between(2, 6));
    on <= until;
    on = addDays(on, everyDays + random.between(-2, 2))
  ) {
    const minutes = Math.round(random.between(min, max) / 5) * 5;
    contacts.push({ kind: 'contact', on, minutes, contactKind: random.pick(plan.contact.kinds) });
  }
  return contacts;
}

/** Where the participant stands at a wave, on the latent scale of one construct. */
function levelAt(
  plan: DemoProjectPlan,
  arm: Arm,
  person: DemoPerson,
  construct: Construct,
  wave: number,
  hours: number,
  random: SeededRandom,
): number {
  const baseline = person.baseline[construct];
  if (wave === 0) return baseline;
  const effect = plan.effect[construct];
  const added = arm === 'intervention' && effect ? effect.base * (wave / 2) + effect.perHour * hours : 0;
  const noise = random.normal() * 0.07;
  return construct === 'loneliness'
    ? clampLevel(baseline - REGRESSION_TO_THE_MEAN * (baseline - MEAN_LONELINESS) - added + noise)
    : clampLevel(baseline + added + noise);
}
