// "Export CSV" and "Print to PDF": the core writes the file of the filtered entries (and audits that it did);
// the screen saves it the way a notice PDF is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/contract/audit';
import type { AppError } from '../../../../shared/result';
import { useApi } from '../../../api/api-context';
import { isUiLanguage } from '../../../i18n/language';
import { downloadBase64 } from '../../../components/save-file';

export type AuditFileKind = 'csv' | 'pdf';

export interface AuditFiles {
  save: (kind: AuditFileKind, filter: AuditFilter) => Promise<void>;
  pending: AuditFileKind | null;
  error: AppError | null;
  saved: { fileName: string; rows: number } | null;
  clearSaved: () => void;
}

export const useAuditFiles = (): AuditFiles => {
  const api = useApi();
  const { i18n } = useTranslation();
  const [pending, setPending] = useState<AuditFileKind | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<AuditFiles['saved']>(null);

  const save = async (kind: AuditFileKind, filter: AuditFilter) => {
    // The file is written in the language the reader sees the screen in.
    const language = isUiLanguage(i18n.language) ? i18n.language : 'en';
    setPending(kind);
    setError(null);
    setSaved(null);
    try {
      if (kind === 'csv') {
        const result = await api['audit.export']({ language, filter });
        if (!result.ok) {
          if (result.error.code !== 'LOCKED') setError(result.error);
          return;
        }
        downloadBase64(result.value.fileName, result.value.csvBase64, 'text/csv;charset=utf-8');
        setSaved({ fileName: result.value.fileName, rows: result.value.rows });
      } else {
        const result = await api['audit.print']({ language, filter });
        if (!result.ok) {
          if (result.error.code !== 'LOCKED') setError(result.error);
          return;
        }
        downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf');
        setSaved({ fileName: result.value.fileName, rows: result.value.rows });
      }
    } finally {
      setPending(null);
    }
  };
  return { save, pending, error, saved, clearSaved: () => setSaved(null) };
};
