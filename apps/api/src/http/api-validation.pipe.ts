import { type ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { fieldProblemsOf } from './field-problems';
import { InvalidRequestException } from './invalid-request.exception';

/**
 * Refuses a body that is a list or a bare value as a whole: class-validator would report it as an
 * object that lacks every field (and a list's items as unknown fields).
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && !isJsonObject(value)) {
      throw new BadRequestException('The request body must be a JSON object');
    }
    return super.transform(value, metadata);
  }
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates bodies and queries against their DTOs; unknown fields are errors, not silently dropped. */
export function createApiValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new InvalidRequestException(fieldProblemsOf(errors)),
  });
}
