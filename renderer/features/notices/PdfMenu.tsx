// A "PDF" menu for one version in the list: each printed edition, saved through the shared useSavePdf.
import { Button, Menu } from '@mantine/core';
import { PDF_KINDS, type NoticeVersionSummary } from '../../../shared/contract/notices';
import { PDF_KIND, versionTitle } from './notice-labels';
import { pdfKey, type SavePdf } from './use-save-pdf';

export function PdfMenu({ version, pdf }: { version: NoticeVersionSummary; pdf: SavePdf }) {
  const busy = PDF_KINDS.some((kind) => pdf.pending === pdfKey({ version: version.id, kind }));
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default" loading={busy} aria-label={`PDFs of ${versionTitle(version)}`}>
          PDFs
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Save a PDF</Menu.Label>
        {PDF_KINDS.map((kind) => (
          <Menu.Item
            key={kind}
            disabled={pdf.pending !== null}
            onClick={() => void pdf.save({ version: version.id, language: version.language, kind })}
          >
            {PDF_KIND[kind].label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
