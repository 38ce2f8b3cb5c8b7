import { type Instrument, type ItemResponse, type Language, LANGUAGES, validateResponses } from '@outcome/instruments';
import { type FormAnswers, type FormProblems, itemField } from './page/questionnaire-pages';
import { PAGE_TEXTS } from './page/page-texts';

/** A posted form's fields, as the urlencoded parser gives them (a repeated field is a list). */
export type FormFields = Readonly<Record<string, unknown>>;

/** The answer each item's field carries; null where none was chosen (or a field came twice). */
export function formAnswersOf(instrument: Instrument, fields: FormFields): FormAnswers {
  return instrument.items.map((_item, index) => {
    const value = Object.hasOwn(fields, itemField(index)) ? fields[itemField(index)] : undefined;
    return typeof value === 'string' && value.length > 0 ? value : null;
  });
}

/** The answers as the measurement takes them: the instrument's codes, a value that is none kept as sent. */
export function responsesOf(instrument: Instrument, answers: FormAnswers): ItemResponse[] {
  return answers.map((answer) =>
    answer === null ? null : (instrument.answers.find((option) => String(option.code) === answer)?.code ?? answer),
  );
}

/** What the participant must fix before the confirmation step, in their language; null when nothing. */
export function formProblemsOf(instrument: Instrument, answers: FormAnswers, language: Language): FormProblems | null {
  const problems = validateResponses(instrument, responsesOf(instrument, answers));
  if (problems.length === 0) return null;
  const texts = PAGE_TEXTS[language];
  const byItem = new Map<number, string>();
  for (const { path } of problems) {
    const index = /^responses\[(\d+)\]$/.exec(path)?.[1];
    if (index !== undefined) byItem.set(Number(index), texts.chooseAgain);
  }
  return { byItem, overall: byItem.size === 0 ? texts.answerAtLeastOne : null };
}

/** One of the languages, or null for anything else. */
export function languageOf(value: unknown): Language | null {
  return LANGUAGES.find((language) => language === value) ?? null;
}
