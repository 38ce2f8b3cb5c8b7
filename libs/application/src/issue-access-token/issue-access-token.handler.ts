import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationStream, projectStream } from '@outcome/domain';
import { EventStore, NO_STREAM } from '@outcome/event-store';
import { AccessTokens, type IssuedToken } from '../identity/access-tokens';
import { actorOf } from '../identity/principal';
import { GrantedRecordsMissingError } from './granted-records-missing.error';
import { IssueAccessTokenCommand, type TokenRequest } from './issue-access-token.command';

@CommandHandler(IssueAccessTokenCommand)
export class IssueAccessTokenHandler implements ICommandHandler<IssueAccessTokenCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly tokens: AccessTokens,
  ) {}

  async execute({ request, issuedBy }: IssueAccessTokenCommand): Promise<IssuedToken> {
    await this.assertGrantExists(request);
    const { label, ...grant } = request;
    return this.tokens.issue(grant, { label, issuedBy: actorOf(issuedBy), now: new Date() });
  }

  private async assertGrantExists(request: TokenRequest): Promise<void> {
    if (request.role === 'organisation') {
      if ((await this.store.readStreamVersion(organisationStream(request.organisationId))) === NO_STREAM) {
        throw new GrantedRecordsMissingError([{ path: 'organisationId', message: 'no organisation has this id' }]);
      }
      return;
    }
    const versions = await Promise.all(request.projectIds.map((id) => this.store.readStreamVersion(projectStream(id))));
    const problems = versions.flatMap((version, index) =>
      version === NO_STREAM ? [{ path: `projectIds[${index}]`, message: 'no project has this id' }] : [],
    );
    if (problems.length) throw new GrantedRecordsMissingError(problems);
  }
}
