import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { planSampleSize, type PowerPlan, type PowerPlanRequest } from '@outcome/statistics';
import { InvalidQueryError } from '../invalid-query.error';
import { PlanPowerQuery } from './plan-power.query';

type Problem = { path: keyof PowerPlanRequest; message: string };

/** Planning reads no view: the noncentral t of libs/statistics answers it. */
@QueryHandler(PlanPowerQuery)
export class PlanPowerHandler implements IQueryHandler<PlanPowerQuery> {
  /** @throws InvalidQueryError naming each parameter out of its range. */
  execute({ request }: PlanPowerQuery): Promise<PowerPlan> {
    const problems = problemsOf(request);
    if (problems.length > 0) throw new InvalidQueryError(problems);
    // Within these ranges a plan always exists: d = 0.01 at power 0.9999 needs under a million.
    return Promise.resolve(planSampleSize(request)!);
  }
}

/** The ranges of docs/api.md: a plan for an effect too small or a power out of reach would mean nothing. */
function problemsOf({ effectSize, power, alpha, attrition }: PowerPlanRequest): Problem[] {
  const problems: Problem[] = [];
  if (!(effectSize >= 0.01 && effectSize <= 10))
    problems.push({ path: 'effectSize', message: 'must be a standardised effect from 0.01 to 10' });
  if (!(alpha > 0 && alpha <= 0.5)) problems.push({ path: 'alpha', message: 'must be above 0 and at most 0.5' });
  if (!(power > alpha && power <= 0.9999))
    problems.push({ path: 'power', message: 'must be above alpha and at most 0.9999' });
  if (!(attrition >= 0 && attrition <= 0.95))
    problems.push({ path: 'attrition', message: 'must be a share from 0 to 0.95' });
  return problems;
}
