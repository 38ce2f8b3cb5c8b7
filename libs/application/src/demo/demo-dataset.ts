import { Injectable } from '@nestjs/common';
import { EventStore } from '@outcome/event-store';
import { AccessTokens, type TokenGrant } from '../identity/access-tokens';
import { batchAppends } from './demo-appends';
import { DEMO_TOKEN_ID, generateDemoDataset } from './generate-demo-dataset';

export { DEMO_ORGANISATION_NAME, DEMO_TOKEN_ID } from './generate-demo-dataset';

/** A few hundred events per append: a few dozen appends load the demo, each small enough to stay quick. */
const EVENTS_PER_APPEND = 500;

/** The bearer tokens to explore the demo with, by who holds them. */
export interface DemoTokens {
  readonly organisation: string;
  readonly funder: string;
  readonly evaluator: string;
}

export interface DemoLoaded {
  readonly organisationId: string;
  readonly tokens: DemoTokens;
  readonly projects: number;
  readonly participants: number;
  readonly events: number;
}

/**
 * The demo dataset of docs/api.md "Running": a fictitious organisation with twelve projects, made by
 * the domain's deciders and appended through the injected event store (so its personal data is
 * encrypted per participant and can be erased like any other).
 */
@Injectable()
export class DemoDataset {
  constructor(
    private readonly store: EventStore,
    private readonly tokens: AccessTokens,
  ) {}

  /** Loads the dataset into an empty store; does nothing (answers undefined) when the store holds any event. */
  async loadIntoEmptyStore(): Promise<DemoLoaded | undefined> {
    if ((await this.store.readHeadPosition()) !== null) return undefined;
    const dataset = generateDemoDataset();
    let events = 0;
    for (const appends of batchAppends(dataset.commands, EVENTS_PER_APPEND)) {
      await this.store.appendToStreams(appends);
      events += appends.reduce((sum, append) => sum + append.events.length, 0);
    }
    const projectIds = dataset.projects.map((project) => project.id);
    const tokens: DemoTokens = {
      organisation: await this.issue({ role: 'organisation', organisationId: dataset.organisationId }, 'organisation'),
      funder: await this.issue({ role: 'funder', projectIds }, 'funder'),
      evaluator: await this.issue({ role: 'evaluator', projectIds }, 'evaluator'),
    };
    const participants = dataset.projects.reduce((sum, project) => sum + project.participants, 0);
    return { organisationId: dataset.organisationId, tokens, projects: projectIds.length, participants, events };
  }

  private async issue(grant: TokenGrant, holder: keyof DemoTokens): Promise<string> {
    const issued = await this.tokens.issue(grant, {
      label: `demo ${holder}`,
      issuedBy: DEMO_TOKEN_ID,
      now: new Date(),
    });
    return issued.token;
  }
}
