// "Print and save": one Save PDF button per printed edition of a version, a paper choice for the poster
// (letter or tabloid), with progress while the core renders.
import { Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PDF_KINDS, PDF_PAPERS, type NoticeVersionSummary, type PdfPaper } from '../../../shared/contract/notices';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useNoticeWords } from './notice-labels';
import { RefusalAlert } from './RefusalAlert';
import { pdfKey, useSavePdf, type PdfRequest } from './use-save-pdf';

export function PdfPanel({
  version,
}: {
  version: Pick<NoticeVersionSummary, 'id' | 'language' | 'status' | 'number'>;
}) {
  const { t } = useNoticeWords();
  const pdf = useSavePdf();
  const [dismissed, setDismissed] = useState<object | null>(null);
  const [paper, setPaper] = useState<PdfPaper>('letter');
  const requests: PdfRequest[] = PDF_KINDS.map((kind) => ({
    version: version.id,
    language: version.language,
    kind,
    ...(kind === 'poster' ? { paper } : {}),
  }));
  const busy = requests.find((r) => pdf.pending === pdfKey(r)) ?? null;
  return (
    <Stack gap="sm">
      {version.status === 'draft' && (
        <Text size="sm" c="dimmed">
          {t('pdf.draftNote')}
        </Text>
      )}
      <Stack gap="xs">
        {requests.map((r) => (
          <Stack key={r.kind} gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={600}>
                  {t(`pdf.kind.${r.kind}.label`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`pdf.kind.${r.kind}.description`)}
                </Text>
              </div>
              <Button
                variant="default"
                size="xs"
                miw={96}
                loading={busy?.kind === r.kind}
                disabled={pdf.pending !== null && busy?.kind !== r.kind}
                aria-label={
                  r.paper
                    ? t('pdf.saveOn', { kind: t(`pdf.kind.${r.kind}.label`), paper: r.paper })
                    : t('pdf.saveLabel', { kind: t(`pdf.kind.${r.kind}.label`) })
                }
                onClick={() => void pdf.save(r)}
              >
                {t('pdf.save')}
              </Button>
            </Group>
            {/* Under the row, full width: beside the text it pushed the button out of the panel. */}
            {r.paper && (
              <SegmentedControl
                fullWidth
                size="xs"
                aria-label={t('pdf.paper.label')}
                value={paper}
                onChange={(value) => setPaper(value === 'tabloid' ? 'tabloid' : 'letter')}
                data={PDF_PAPERS.map((p) => ({ value: p, label: t(`pdf.paper.${p}`) }))}
              />
            )}
          </Stack>
        ))}
      </Stack>
      {busy && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('pdf.preparing', { kind: t(`pdf.kind.${busy.kind}.label`) })}</Text>
        </Group>
      )}
      <RefusalAlert error={pdf.error} title={t('pdf.notSaved')} />
      {pdf.saved && pdf.saved !== dismissed && (
        <SuccessAlert
          message={t('pdf.ready', { fileName: pdf.saved.fileName, pages: pdf.saved.pages })}
          onClose={() => setDismissed(pdf.saved)}
        />
      )}
    </Stack>
  );
}
