import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type AgeBand,
  type Arm,
  type CalendarDate,
  type Gender,
  type InterventionType,
  RISK_FACTORS,
  type RiskFactor,
} from '@outcome/domain';
import { EventStore } from '@outcome/event-store';
import type { ItemResponse } from '@outcome/instruments';
import { EnrolParticipantCommand } from '../enrol-participant/enrol-participant.command';
import { AccessTokens } from '../identity/access-tokens';
import type { Principal } from '../identity/principal';
import { LogContactCommand } from '../log-contact/log-contact.command';
import { RecordExitCommand } from '../record-exit/record-exit.command';
import { RecordMeasurementCommand } from '../record-measurement/record-measurement.command';
import { RegisterOrganisationCommand } from '../register-organisation/register-organisation.command';
import { RegisterProjectCommand } from '../register-project/register-project.command';
import type { WriteContext } from '../write/write-context';
import { djg6Answers, lsns6Answers, who5Answers } from './demo-answers';
import { addDays } from './demo-dates';
import { SeededRandom } from './seeded-random';

/** Every demo event is recorded by this token id, which marks it as demo data in the streams. */
export const DEMO_TOKEN_ID = 'demo-dataset';
export const DEMO_ORGANISATION_NAME = 'Buurtwerk Zonnebloem (demo: fictitious data)';

interface ProjectPlan {
  readonly name: string;
  readonly interventionType: InterventionType;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly instruments: readonly string[];
  readonly arms: Readonly<Partial<Record<Arm, number>>>;
  readonly referencePrefix: string;
  /** How much lonelier-to-less-lonely each arm moves by the follow-up, on the 0–1 latent scale. */
  readonly effect: Readonly<Partial<Record<Arm, number>>>;
  readonly contact: {
    readonly kind: 'visit' | 'call';
    readonly everyDays: number;
    readonly times: number;
    readonly minutes: [number, number];
  };
  readonly followUpAfterDays: number;
}

const PLANS: readonly ProjectPlan[] = [
  {
    name: 'Buddy duos Noord (demo)',
    interventionType: 'buddy',
    startsOn: '2026-01-12',
    endsOn: '2026-12-18',
    instruments: ['djg-6', 'who-5'],
    arms: { intervention: 36, comparison: 30 },
    referencePrefix: 'BD',
    effect: { intervention: 0.2, comparison: 0.05 },
    contact: { kind: 'visit', everyDays: 14, times: 8, minutes: [60, 120] },
    followUpAfterDays: 112,
  },
  {
    name: 'Phone circle (demo)',
    interventionType: 'phone-contact',
    startsOn: '2026-02-02',
    endsOn: '2026-11-27',
    instruments: ['djg-6', 'lsns-6'],
    arms: { intervention: 24 },
    referencePrefix: 'TC',
    effect: { intervention: 0.06 },
    contact: { kind: 'call', everyDays: 7, times: 10, minutes: [15, 35] },
    followUpAfterDays: 84,
  },
];

const RISK_FACTOR_CHANCES: Readonly<Record<RiskFactor, number>> = {
  poverty: 0.35,
  'health-limitation': 0.4,
  'living-alone': 0.6,
  'single-parent': 0.03,
  'migration-background': 0.2,
  'other-language': 0.15,
  'digital-divide': 0.3,
  'life-transition': 0.15,
  'informal-carer': 0.1,
};

export interface DemoLoaded {
  readonly organisationId: string;
  /** A bearer token of the demo organisation, to explore with. */
  readonly token: string;
  readonly projects: number;
  readonly participants: number;
}

/**
 * The demo dataset of API.md "Running": a fictitious organisation with two projects, recorded
 * through the same commands as real work, the same on every machine.
 */
@Injectable()
export class DemoDataset {
  constructor(
    private readonly commands: CommandBus,
    private readonly store: EventStore,
    private readonly tokens: AccessTokens,
  ) {}

  /** Loads the dataset into an empty store; does nothing (answers undefined) when the store holds any event. */
  async loadIntoEmptyStore(): Promise<DemoLoaded | undefined> {
    if ((await this.store.readHeadPosition()) !== null) return undefined;
    const random = new SeededRandom(20221006);
    const admin = contextOf({ role: 'admin', tokenId: DEMO_TOKEN_ID });
    const organisation = await this.commands.execute(new RegisterOrganisationCommand(DEMO_ORGANISATION_NAME, admin));
    const worker = contextOf({ role: 'organisation', tokenId: DEMO_TOKEN_ID, organisationId: organisation.id });
    let participants = 0;
    for (const plan of PLANS) participants += await this.loadProject(plan, worker, random);
    const issued = await this.tokens.issue(
      { role: 'organisation', organisationId: organisation.id },
      { label: 'demo organisation', issuedBy: DEMO_TOKEN_ID, now: new Date() },
    );
    return { organisationId: organisation.id, token: issued.token, projects: PLANS.length, participants };
  }

  private async loadProject(plan: ProjectPlan, worker: WriteContext, random: SeededRandom): Promise<number> {
    const project = await this.commands.execute(
      new RegisterProjectCommand(
        {
          name: plan.name,
          interventionType: plan.interventionType,
          startsOn: plan.startsOn,
          endsOn: plan.endsOn,
          instruments: plan.instruments,
          hasComparisonGroup: plan.arms.comparison !== undefined,
          targetGroup: 'Older people living alone in the neighbourhood',
        },
        worker,
      ),
    );
    let number = 0;
    for (const arm of ['intervention', 'comparison'] as const) {
      for (let i = 0; i < (plan.arms[arm] ?? 0); i++) {
        number += 1;
        await this.loadParticipant(
          plan,
          project.id,
          arm,
          `${plan.referencePrefix}-${String(number).padStart(3, '0')}`,
          worker,
          random,
        );
      }
    }
    return number;
  }

  private async loadParticipant(
    plan: ProjectPlan,
    projectId: string,
    arm: Arm,
    reference: string,
    worker: WriteContext,
    random: SeededRandom,
  ): Promise<void> {
    const enrolledOn = addDays(plan.startsOn, random.between(0, 40));
    const participant = await this.commands.execute(
      new EnrolParticipantCommand(
        projectId,
        {
          reference,
          arm,
          enrolledOn,
          ageBand: random.pick<AgeBand>(['60-79', '80+', '80+', '26-59']),
          gender: random.pick<Gender>(['female', 'female', 'female', 'female', 'male', 'unknown']),
          riskFactors: RISK_FACTORS.filter((factor) => random.chance(RISK_FACTOR_CHANCES[factor])),
          consent: { givenOn: enrolledOn },
        },
        worker,
      ),
    );
    // People join when they feel lonely: baselines run high, and drift back a little by themselves.
    const loneliness = 0.55 + random.normal() * 0.18;
    const followUpLoneliness = loneliness - (plan.effect[arm] ?? 0) - (loneliness - 0.5) * 0.2 + random.normal() * 0.1;
    await this.measure(participant.id, plan, 0, enrolledOn, loneliness, worker, random);
    const contacts: { on: CalendarDate; minutes: number }[] = [];
    if (arm === 'intervention') {
      for (let contact = 0; contact < plan.contact.times; contact++) {
        const on = addDays(enrolledOn, 3 + contact * plan.contact.everyDays);
        contacts.push({ on, minutes: random.between(...plan.contact.minutes) });
      }
    }
    const exit = random.chance(arm === 'intervention' ? 0.12 : 0.18)
      ? {
          on: addDays(enrolledOn, random.between(30, 80)),
          reason: random.pick(['lost-to-follow-up', 'moved', 'declined'] as const),
        }
      : undefined;
    // A leaver has no contact after leaving (API.md): the visits planned beyond the exit never took place.
    for (const { on, minutes } of contacts.filter((contact) => !exit || contact.on <= exit.on)) {
      await this.commands.execute(
        new LogContactCommand(participant.id, { on, minutes, kind: plan.contact.kind }, worker),
      );
    }
    if (exit) {
      await this.commands.execute(new RecordExitCommand(participant.id, exit, worker));
      return;
    }
    await this.measure(
      participant.id,
      plan,
      1,
      addDays(enrolledOn, plan.followUpAfterDays),
      followUpLoneliness,
      worker,
      random,
    );
  }

  private async measure(
    participantId: string,
    plan: ProjectPlan,
    wave: number,
    takenOn: CalendarDate,
    loneliness: number,
    worker: WriteContext,
    random: SeededRandom,
  ): Promise<void> {
    for (const instrument of plan.instruments) {
      const responses = answersOf(instrument, loneliness, random);
      await this.commands.execute(
        new RecordMeasurementCommand(participantId, { instrument, wave, takenOn, responses }, worker),
      );
    }
  }
}

function answersOf(instrument: string, loneliness: number, random: SeededRandom): ItemResponse[] {
  switch (instrument) {
    case 'djg-6':
      return djg6Answers(loneliness, random);
    case 'who-5':
      return who5Answers(1 - loneliness * 0.7, random);
    case 'lsns-6':
      return lsns6Answers(0.7 - loneliness * 0.5, random);
    default:
      throw new Error(`The demo dataset has no answers for ${instrument}`);
  }
}

function contextOf(principal: Principal): WriteContext {
  return { principal, correlationId: 'demo-dataset' };
}
