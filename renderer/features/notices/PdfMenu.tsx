// A "PDF" menu for one version in the list: each printed edition, saved through the shared useSavePdf.
import { Button, Menu } from '@mantine/core';
import { PDF_KINDS, type NoticeVersionSummary } from '../../../shared/contract/notices';
import { useNoticeWords } from './notice-labels';
import { pdfKey, type SavePdf } from './use-save-pdf';

export function PdfMenu({ version, pdf }: { version: NoticeVersionSummary; pdf: SavePdf }) {
  const { t, versionTitle } = useNoticeWords();
  const busy = PDF_KINDS.some((kind) => pdf.pending === pdfKey({ version: version.id, kind }));
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          aria-label={t('pdf.menuLabel', { title: versionTitle(version) })}
        >
          {t('pdf.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('pdf.saveOne')}</Menu.Label>
        {PDF_KINDS.map((kind) => (
          <Menu.Item
            key={kind}
            disabled={pdf.pending !== null}
            onClick={() => void pdf.save({ version: version.id, language: version.language, kind })}
          >
            {t(`pdf.kind.${kind}.label`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
