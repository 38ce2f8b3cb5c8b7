import { type FormEvent, useState } from 'react';
import type { AnswerOf } from '../../api/client';
import { useDashboard } from '../../session/dashboard-context';

type Plan = AnswerOf<'/api/power'>;
type Design = 'before-after' | 'controlled';

interface Question {
  readonly design: Design;
  readonly effectSize: string;
  readonly power: string;
  readonly attrition: string;
}

/** A number as typed, with a decimal comma or point, as the api reads it (with a point). */
const decimal = (typed: string) => typed.trim().replace(',', '.');

/** "To show a before–after change of d = 0.3 with 80 % power and 20 % drop-out, enrol 113": GET /api/power. */
export function PlanningPanel({ hasComparisonGroup }: { hasComparisonGroup: boolean }) {
  const { api, t } = useDashboard();
  const [question, setQuestion] = useState<Question>({
    design: hasComparisonGroup ? 'controlled' : 'before-after',
    effectSize: '0.3',
    power: '0.8',
    attrition: '0.2',
  });
  const [answer, setAnswer] = useState<{ asked: Question; plan: Plan } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ask = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const plan = await api.get('/api/power', {
        query: {
          design: question.design,
          effectSize: decimal(question.effectSize),
          power: decimal(question.power),
          attrition: decimal(question.attrition),
        },
      });
      setAnswer({ asked: question, plan });
    } catch (error) {
      setAnswer(null);
      setProblem((error as Error).message);
    }
  };
  const field = (name: keyof Omit<Question, 'design'>, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={question[name]}
        onChange={(event) => setQuestion({ ...question, [name]: event.target.value })}
      />
    </label>
  );
  return (
    <section aria-labelledby="planning-heading">
      <h2 id="planning-heading">{t.t('planning.title')}</h2>
      <p>{t.t('planning.intro')}</p>
      <form className="panel planning" onSubmit={ask}>
        <label className="field">
          <span>{t.t('planning.design')}</span>
          <select
            value={question.design}
            onChange={(event) => setQuestion({ ...question, design: event.target.value as Design })}
          >
            <option value="before-after">{t.t('synthesis.design.before-after')}</option>
            <option value="controlled">{t.t('synthesis.design.controlled')}</option>
          </select>
        </label>
        {field('effectSize', t.t('planning.effectSize'))}
        {field('power', t.t('planning.power'))}
        {field('attrition', t.t('planning.attrition'))}
        <button type="submit">{t.t('planning.calculate')}</button>
      </form>
      <div aria-live="polite">
        {answer && (
          <p className="plan-answer">
            {t.t(`planning.answer.${answer.asked.design}`, {
              d: t.number(Number(decimal(answer.asked.effectSize)), 1),
              power: t.percent(Number(decimal(answer.asked.power))),
              attrition: t.percent(Number(decimal(answer.asked.attrition))),
              enrol: answer.plan.enrolPerArm,
            })}
          </p>
        )}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
