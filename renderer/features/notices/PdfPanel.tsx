// "Print and save": one Save PDF button per printed edition of a version, with progress while the core renders.
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { PDF_KINDS, type NoticeVersionSummary } from '../../../shared/contract/notices';
import { useState } from 'react';
import { SuccessAlert } from '../../components/SuccessAlert';
import { PDF_KIND } from './notice-labels';
import { RefusalAlert } from './RefusalAlert';
import { pdfKey, useSavePdf } from './use-save-pdf';

export function PdfPanel({
  version,
}: {
  version: Pick<NoticeVersionSummary, 'id' | 'language' | 'status' | 'number'>;
}) {
  const pdf = useSavePdf();
  const [dismissed, setDismissed] = useState<object | null>(null);
  const busyKind = PDF_KINDS.find((kind) => pdf.pending === pdfKey({ version: version.id, kind }));
  return (
    <Stack gap="sm">
      {version.status === 'draft' && (
        <Text size="sm" c="dimmed">
          A draft prints its last saved text with a DRAFT watermark. Do not hand drafts to patients.
        </Text>
      )}
      <Stack gap="xs">
        {PDF_KINDS.map((kind) => (
          <Group key={kind} justify="space-between" wrap="nowrap" gap="md">
            <div>
              <Text size="sm" fw={600}>
                {PDF_KIND[kind].label}
              </Text>
              <Text size="xs" c="dimmed">
                {PDF_KIND[kind].description}
              </Text>
            </div>
            <Button
              variant="default"
              size="xs"
              miw={96}
              loading={busyKind === kind}
              disabled={pdf.pending !== null && busyKind !== kind}
              aria-label={`Save PDF: ${PDF_KIND[kind].label}`}
              onClick={() => void pdf.save({ version: version.id, language: version.language, kind })}
            >
              Save PDF
            </Button>
          </Group>
        ))}
      </Stack>
      {busyKind && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">Preparing the {PDF_KIND[busyKind].label.toLowerCase()} PDF…</Text>
        </Group>
      )}
      <RefusalAlert error={pdf.error} title="PDF not saved" />
      {pdf.saved && pdf.saved !== dismissed && (
        <SuccessAlert
          message={`PDF ready: ${pdf.saved.fileName}, ${pdf.saved.pages} page${pdf.saved.pages === 1 ? '' : 's'}.`}
          onClose={() => setDismissed(pdf.saved)}
        />
      )}
    </Stack>
  );
}
