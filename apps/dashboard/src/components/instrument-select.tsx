import type { InstrumentSummary } from '../api/types';
import { useDashboard } from '../session/dashboard-context';

/** Which questionnaire a section shows, among those the visible projects measure. */
export function InstrumentSelect({
  instruments,
  value,
  onChange,
}: {
  instruments: readonly InstrumentSummary[];
  value: string;
  onChange: (instrument: string) => void;
}) {
  const { t } = useDashboard();
  return (
    <label className="inline-field">
      <span>{t.t('subgroups.instrument')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {instruments.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
    </label>
  );
}
