import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, validateSync, ValidateNested } from 'class-validator';
import { fieldProblemsOf } from './field-problems';

class Consent {
  @IsDefined({ message: 'is required' })
  @IsString({ message: 'must be text' })
  readonly givenOn!: string;
}

class Enrolment {
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object such as {"givenOn": "2026-02-01"}' })
  @ValidateNested()
  @Type(() => Consent)
  readonly consent!: Consent;
}

function problemsOf(body: object) {
  return fieldProblemsOf(validateSync(plainToInstance(Enrolment, body)));
}

describe(fieldProblemsOf.name, () => {
  it('names a nested field by its path', () => {
    expect(problemsOf({ consent: { givenOn: 5 } })).toEqual([{ path: 'consent.givenOn', message: 'must be text' }]);
  });

  it('answers a missing field as required, whatever else fails', () => {
    expect(problemsOf({})).toEqual([{ path: 'consent', message: 'is required' }]);
  });

  it("answers a nested field that is no object with the DTO's own message", () => {
    expect(problemsOf({ consent: 'yes' })).toEqual([
      { path: 'consent', message: 'must be an object such as {"givenOn": "2026-02-01"}' },
    ]);
  });
});
