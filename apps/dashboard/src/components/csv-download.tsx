import { toCsv } from '../outcomes/csv';
import { useDashboard } from '../session/dashboard-context';

export interface CsvDownloadProps {
  readonly fileName: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** A button that saves the numbers behind a chart as CSV (machine-readable: codes and decimal points). */
export function CsvDownload({ fileName, header, rows }: CsvDownloadProps) {
  const { t } = useDashboard();
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="secondary" onClick={download}>
      {t.t('common.downloadCsv')}
    </button>
  );
}
