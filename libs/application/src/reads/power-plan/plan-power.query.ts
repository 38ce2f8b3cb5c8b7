import { Query } from '@nestjs/cqrs';
import type { PowerPlan, PowerPlanRequest } from '@outcome/statistics';

/** `GET /api/power`: how many to enrol to show an effect (docs/statistics.md); null when no sample would. */
export class PlanPowerQuery extends Query<PowerPlan | null> {
  constructor(readonly request: PowerPlanRequest) {
    super();
  }
}
