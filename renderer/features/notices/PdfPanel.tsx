// "Print and save": one Save PDF button per printed edition of a version, with progress while the core renders.
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PDF_KINDS, type NoticeVersionSummary } from '../../../shared/contract/notices';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useNoticeWords } from './notice-labels';
import { RefusalAlert } from './RefusalAlert';
import { pdfKey, useSavePdf } from './use-save-pdf';

export function PdfPanel({
  version,
}: {
  version: Pick<NoticeVersionSummary, 'id' | 'language' | 'status' | 'number'>;
}) {
  const { t } = useNoticeWords();
  const pdf = useSavePdf();
  const [dismissed, setDismissed] = useState<object | null>(null);
  const busyKind = PDF_KINDS.find((kind) => pdf.pending === pdfKey({ version: version.id, kind }));
  return (
    <Stack gap="sm">
      {version.status === 'draft' && (
        <Text size="sm" c="dimmed">
          {t('pdf.draftNote')}
        </Text>
      )}
      <Stack gap="xs">
        {PDF_KINDS.map((kind) => (
          <Group key={kind} justify="space-between" wrap="nowrap" gap="md">
            <div>
              <Text size="sm" fw={600}>
                {t(`pdf.kind.${kind}.label`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`pdf.kind.${kind}.description`)}
              </Text>
            </div>
            <Button
              variant="default"
              size="xs"
              miw={96}
              loading={busyKind === kind}
              disabled={pdf.pending !== null && busyKind !== kind}
              aria-label={t('pdf.saveLabel', { kind: t(`pdf.kind.${kind}.label`) })}
              onClick={() => void pdf.save({ version: version.id, language: version.language, kind })}
            >
              {t('pdf.save')}
            </Button>
          </Group>
        ))}
      </Stack>
      {busyKind && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('pdf.preparing', { kind: t(`pdf.kind.${busyKind}.label`) })}</Text>
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
