import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/roles.decorator';
import { PlatformHealthIndicators } from './platform-health.indicators';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: PlatformHealthIndicators,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Stores reachable and the projector’s lag; 503 when a part is down' })
  check() {
    return this.health.check([
      () => this.indicators.eventStoreHealth(),
      () => this.indicators.readStoreHealth(),
      () => this.indicators.projectorHealth(),
    ]);
  }
}
