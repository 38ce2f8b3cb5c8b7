import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/roles.decorator';
import { dashboardPage, findDashboardDirectory } from './dashboard-files';

/** `GET /`: the dashboard (its assets are served under /assets by serveDashboardAssets). */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller()
export class HomeController {
  private readonly page = dashboardPage(findDashboardDirectory());

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  home(): string {
    return this.page;
  }
}
