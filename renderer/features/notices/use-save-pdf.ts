// "Save PDF": asks the core for one printable edition of a version (`notices.pdf`) and downloads it, tracking
// which edition is being rendered (PDFs take a moment) and the last refusal.
import { useState } from 'react';
import type { Language } from '../../../shared/contract/notice-content';
import type { PdfKind, PdfPaper } from '../../../shared/contract/notices';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/api-context';
import { downloadBase64 } from '../../components/save-file';

export interface PdfRequest {
  version: number | 'current';
  language: Language;
  kind: PdfKind;
  /** The poster's paper; the core prints letter when it is left out. */
  paper?: PdfPaper;
}

export interface SavePdf {
  save: (request: PdfRequest) => Promise<void>;
  /** The edition being rendered, e.g. `3:full` or `3:poster:tabloid`, or null. */
  pending: string | null;
  error: AppError | null;
  /** The last file saved, for a confirmation line. */
  saved: { fileName: string; pages: number } | null;
}

export const pdfKey = (r: Pick<PdfRequest, 'version' | 'kind' | 'paper'>): string =>
  `${r.version}:${r.kind}${r.paper === undefined || r.paper === 'letter' ? '' : `:${r.paper}`}`;

export const useSavePdf = (): SavePdf => {
  const api = useApi();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<SavePdf['saved']>(null);

  const save = async (request: PdfRequest) => {
    setPending(pdfKey(request));
    setError(null);
    setSaved(null);
    try {
      const result = await api['notices.pdf'](request);
      if (!result.ok) {
        if (result.error.code !== 'LOCKED') setError(result.error);
        return;
      }
      downloadBase64(result.value.fileName, result.value.pdfBase64, 'application/pdf');
      setSaved({ fileName: result.value.fileName, pages: result.value.pages });
    } finally {
      setPending(null);
    }
  };
  return { save, pending, error, saved };
};
