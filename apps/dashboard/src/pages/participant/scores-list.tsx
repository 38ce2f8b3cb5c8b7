import { useDashboard } from '../../session/dashboard-context';

/** A measurement's scores, each with the category its scale gives it ("moderately lonely"). */
export function ScoresList({
  instrumentId,
  scores,
}: {
  instrumentId: string;
  scores: Readonly<Record<string, number | null>>;
}) {
  const { t, instruments } = useDashboard();
  const instrument = instruments.find((candidate) => candidate.id === instrumentId);
  return (
    <ul className="scores">
      {Object.entries(scores).map(([scale, score]) => {
        if (score === null) return <li key={scale}>{t.t('measure.notScored', { scale })}</li>;
        const category = instrument?.scales
          .find((candidate) => candidate.name === scale)
          ?.categories.find((candidate) => candidate.min <= score && score <= candidate.max);
        return (
          <li key={scale}>
            {category
              ? t.t('measure.scoreWithCategory', {
                  scale,
                  score: t.number(score, Number.isInteger(score) ? 0 : 1),
                  category: category.label[t.language],
                })
              : t.t('measure.score', { scale, score: t.number(score, Number.isInteger(score) ? 0 : 1) })}
          </li>
        );
      })}
    </ul>
  );
}
