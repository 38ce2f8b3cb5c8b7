import { ValidationPipe } from '@nestjs/common';
import { fieldProblemsOf } from './field-problems';
import { InvalidRequestException } from './invalid-request.exception';

/** Validates bodies and queries against their DTOs; unknown fields are errors, not silently dropped. */
export function createApiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new InvalidRequestException(fieldProblemsOf(errors)),
  });
}
