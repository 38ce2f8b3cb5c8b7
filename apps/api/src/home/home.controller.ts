import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/roles.decorator';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outcome Ledger</title></head>
<body>
<main>
<h1>Outcome Ledger</h1>
<p>Which projects against loneliness actually work: outcomes recorded as events, with honest uncertainty.</p>
<ul>
<li><a href="/docs">API documentation</a> (OpenAPI)</li>
<li><a href="/health">Health</a></li>
</ul>
</main>
</body>
</html>`;

/** The landing page until the dashboard arrives. */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller()
export class HomeController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  home(): string {
    return PAGE;
  }
}
