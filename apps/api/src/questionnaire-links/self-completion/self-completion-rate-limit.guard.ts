import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '@outcome/shared';
import type { Request, Response } from 'express';

const WINDOW_MS = 60_000;

/**
 * docs/api.md "Questionnaire links": requests to `/q/` are limited per client address, to a
 * hundredth of what a token may send (60 a minute by default): a person answering a
 * questionnaire makes a handful, a script guessing secrets makes thousands.
 */
export const selfCompletionLimitOf = (config: AppConfig): number =>
  Math.max(1, Math.floor(config.rateLimitPerMinute / 100));

@Injectable()
export class SelfCompletionRateLimit implements CanActivate {
  private readonly limit: number;

  constructor(
    config: AppConfig,
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
  ) {
    this.limit = selfCompletionLimitOf(config);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `questionnaire-link:address:${request.ip}`,
      WINDOW_MS,
      this.limit,
      WINDOW_MS,
      'questionnaire-link',
    );
    if (!isBlocked) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(Math.max(1, timeToBlockExpire)));
    throw new HttpException(
      `Too many requests: at most ${this.limit} a minute from one address. Wait for the time in Retry-After`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
