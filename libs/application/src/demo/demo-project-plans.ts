import type { CalendarDate, ContactKind, InterventionType } from '@outcome/domain';
import type { Construct } from './demo-answers';

/** A change in the good direction on a latent 0–1 scale: part for taking part, part per contact hour. */
export interface DemoEffect {
  readonly base: number;
  readonly perHour: number;
}

export interface DemoProjectPlan {
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly targetGroup: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  /** Participants enrol over this many days from the start. */
  readonly enrolmentDays: number;
  /** The loneliness instrument first: it is the project's main outcome. */
  readonly instruments: readonly [loneliness: string, other: string];
  readonly arms: { readonly intervention: number; readonly comparison?: number };
  readonly referencePrefix: string;
  readonly contact: {
    readonly kinds: readonly ContactKind[];
    /** One of these is each participant's rhythm: the spread of contact hours a dose–response needs. */
    readonly everyDays: readonly number[];
    readonly minutes: readonly [min: number, max: number];
  };
  /** What the intervention adds, by its last follow-up, to what the comparison arm shows anyway. */
  readonly effect: Readonly<Partial<Record<Construct, DemoEffect>>>;
  /** Chance that someone leaves (not having completed) before the first follow-up. */
  readonly earlyLeavers: number;
}

const NEIGHBOUR_HELP = {
  interventionType: 'neighbour-help',
  targetGroup: 'Older neighbours living alone (synthetic demo data)',
  endsOn: null,
  enrolmentDays: 180,
  arms: { intervention: 0 },
  contact: { kinds: ['help', 'visit', 'visit'], everyDays: [7, 7, 10, 14, 21, 28], minutes: [30, 150] },
  earlyLeavers: 0.1,
} as const;

const neighbourHelp = (
  district: string,
  plan: Pick<DemoProjectPlan, 'startsOn' | 'instruments' | 'referencePrefix' | 'effect'> &
    Partial<Pick<DemoProjectPlan, 'enrolmentDays' | 'earlyLeavers'>> & { readonly participants: number },
): DemoProjectPlan => ({
  ...NEIGHBOUR_HELP,
  ...plan,
  name: `Neighbour help ${district} (demo)`,
  arms: { intervention: plan.participants },
});

/**
 * The demo's projects, each showing something the platform is for: effects shown against a
 * waiting list, a before–after change that is not yet proof, wellbeing that improves while
 * loneliness does not, attrition that weakens a result, a project too small to say anything.
 */
export const DEMO_PROJECT_PLANS: readonly DemoProjectPlan[] = [
  neighbourHelp('Noord', {
    startsOn: '2025-01-13',
    instruments: ['djg-6', 'who-5'],
    referencePrefix: 'NHN',
    participants: 95,
    effect: { loneliness: { base: 0.06, perHour: 0.004 }, wellbeing: { base: 0.04, perHour: 0.002 } },
  }),
  neighbourHelp('Zuid', {
    startsOn: '2025-02-03',
    instruments: ['djg-11', 'lsns-6'],
    referencePrefix: 'NHZ',
    participants: 80,
    effect: { loneliness: { base: 0.04, perHour: 0.003 }, network: { base: 0.05, perHour: 0.002 } },
  }),
  neighbourHelp('Oost', {
    startsOn: '2025-03-03',
    instruments: ['djg-6', 'swemwbs'],
    referencePrefix: 'NHO',
    participants: 70,
    effect: { loneliness: { base: -0.035, perHour: 0 }, wellbeing: { base: 0.1, perHour: 0.002 } },
  }),
  neighbourHelp('West', {
    startsOn: '2025-03-17',
    instruments: ['djg-6', 'who-5'],
    referencePrefix: 'NHW',
    participants: 75,
    earlyLeavers: 0.5,
    effect: { loneliness: { base: 0.05, perHour: 0.004 }, wellbeing: { base: 0.03, perHour: 0.001 } },
  }),
  neighbourHelp('Heide', {
    startsOn: '2025-04-07',
    instruments: ['djg-11', 'who-5'],
    referencePrefix: 'NHH',
    participants: 85,
    effect: { loneliness: { base: 0.02, perHour: 0.002 }, wellbeing: { base: 0.03, perHour: 0.002 } },
  }),
  neighbourHelp('Haven', {
    startsOn: '2025-05-05',
    instruments: ['djg-6', 'lsns-6'],
    referencePrefix: 'NHV',
    participants: 70,
    effect: { loneliness: { base: -0.025, perHour: 0 }, network: { base: 0.05, perHour: 0.002 } },
  }),
  neighbourHelp('Centrum', {
    startsOn: '2025-06-02',
    instruments: ['djg-6', 'who-5'],
    referencePrefix: 'NHC',
    participants: 65,
    effect: { loneliness: { base: 0.05, perHour: 0.003 } },
  }),
  neighbourHelp('Molenwijk', {
    startsOn: '2025-09-01',
    instruments: ['djg-11', 'swemwbs'],
    referencePrefix: 'NHM',
    participants: 48,
    effect: { loneliness: { base: 0.03, perHour: 0.003 }, wellbeing: { base: 0.05, perHour: 0.002 } },
  }),
  // Started this autumn: most of its people are not yet due for a follow-up.
  neighbourHelp('Kanaalwijk', {
    startsOn: '2026-08-03',
    enrolmentDays: 60,
    instruments: ['djg-6', 'who-5'],
    referencePrefix: 'NHK',
    participants: 12,
    effect: { loneliness: { base: 0.05, perHour: 0.003 } },
  }),
  {
    name: 'Buddy duos (demo)',
    interventionType: 'buddy',
    targetGroup: 'Lonely people aged 65 and over, waiting list as comparison (synthetic demo data)',
    startsOn: '2025-02-10',
    endsOn: '2026-06-30',
    enrolmentDays: 150,
    instruments: ['djg-11', 'who-5'],
    arms: { intervention: 42, comparison: 38 },
    referencePrefix: 'BUD',
    contact: { kinds: ['visit'], everyDays: [7, 14, 14, 21], minutes: [60, 150] },
    effect: { loneliness: { base: 0.1, perHour: 0.004 }, wellbeing: { base: 0.05, perHour: 0.002 } },
    earlyLeavers: 0.1,
  },
  {
    name: 'Group activities (demo)',
    interventionType: 'group-activity',
    targetGroup: 'Older people in the neighbourhood, waiting list as comparison (synthetic demo data)',
    startsOn: '2025-04-14',
    endsOn: '2026-09-30',
    enrolmentDays: 150,
    instruments: ['djg-6', 'swemwbs'],
    arms: { intervention: 40, comparison: 36 },
    referencePrefix: 'GRA',
    contact: { kinds: ['activity'], everyDays: [7, 7, 14, 28], minutes: [90, 150] },
    effect: { loneliness: { base: 0, perHour: 0 }, wellbeing: { base: 0.1, perHour: 0.002 } },
    earlyLeavers: 0.12,
  },
  {
    name: 'Phone contact (demo)',
    interventionType: 'phone-contact',
    targetGroup: 'Housebound older people (synthetic demo data)',
    startsOn: '2025-10-06',
    endsOn: '2026-10-31',
    enrolmentDays: 120,
    instruments: ['djg-6', 'lsns-6'],
    arms: { intervention: 34 },
    referencePrefix: 'PHC',
    contact: { kinds: ['call'], everyDays: [7, 7, 14], minutes: [10, 40] },
    effect: { loneliness: { base: 0, perHour: 0.002 }, network: { base: 0.06, perHour: 0.003 } },
    earlyLeavers: 0.1,
  },
];
