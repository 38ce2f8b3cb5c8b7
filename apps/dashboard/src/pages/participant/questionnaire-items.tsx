import type { InstrumentSummary } from '../../api/types';
import { RadioGroup } from '../../forms/fields';
import { useDashboard } from '../../session/dashboard-context';

/** An answer as the form holds it: the answer's code as text, '' for "no answer", undefined before a choice. */
export type HeldAnswer = string | undefined;

const NO_ANSWER = '';

/** The answers to send: codes as the instrument defines them (a number stays a number), null for no answer. */
export function responsesOf(instrument: InstrumentSummary, held: readonly HeldAnswer[]): (string | number | null)[] {
  return instrument.items.map((_, index) => {
    const answer = held[index];
    if (answer === undefined || answer === NO_ANSWER) return null;
    const option = instrument.answers.find((candidate) => String(candidate.code) === answer);
    return option ? option.code : answer;
  });
}

/** Whether an item may be left unanswered: some scale of the instrument still scores with a missing item. */
function allowsMissing(instrument: InstrumentSummary): boolean {
  return instrument.scales.some((scale) => scale.maxMissingItems > 0);
}

/** One radio group per item, named by the item's text in the chosen language, with the answers' labels. */
export function QuestionnaireItems({
  instrument,
  held,
  onChange,
  problems,
}: {
  instrument: InstrumentSummary;
  held: readonly HeldAnswer[];
  onChange: (held: HeldAnswer[]) => void;
  problems: Readonly<Record<string, string>>;
}) {
  const { t } = useDashboard();
  const language = t.language;
  const options = [
    ...instrument.answers.map((answer) => ({ value: String(answer.code), label: answer.label[language] })),
    ...(allowsMissing(instrument) ? [{ value: NO_ANSWER, label: t.t('measure.noAnswer') }] : []),
  ];
  return (
    <div className="items" role="group" aria-label={t.t('measure.items')}>
      {instrument.items.map((item, index) => (
        <RadioGroup
          key={`${instrument.id}-${index}`}
          name={`${instrument.id}-item-${index}`}
          label={item[language]}
          value={held[index] ?? null}
          options={options}
          problem={problems[`responses[${index}]`]}
          onChange={(value) => {
            const next = [...held];
            next[index] = value;
            onChange(next);
          }}
        />
      ))}
    </div>
  );
}
