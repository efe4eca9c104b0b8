// A "PDF" menu for one version in the list: each printed edition (the poster on letter and on tabloid paper),
// saved through the shared useSavePdf.
import { Button, Menu } from '@mantine/core';
import { PDF_KINDS, PDF_PAPERS, type NoticeVersionSummary } from '../../../shared/contract/notices';
import { useNoticeWords } from './notice-labels';
import { pdfKey, type PdfRequest, type SavePdf } from './use-save-pdf';

export function PdfMenu({ version, pdf }: { version: NoticeVersionSummary; pdf: SavePdf }) {
  const { t, versionTitle } = useNoticeWords();
  const requests = PDF_KINDS.flatMap((kind): PdfRequest[] =>
    kind === 'poster'
      ? PDF_PAPERS.map((paper) => ({ version: version.id, language: version.language, kind, paper }))
      : [{ version: version.id, language: version.language, kind }],
  );
  const busy = requests.some((r) => pdf.pending === pdfKey(r));
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
        {requests.map((r) => (
          <Menu.Item key={pdfKey(r)} disabled={pdf.pending !== null} onClick={() => void pdf.save(r)}>
            {r.paper ? t('pdf.paper.posterOn', { paper: r.paper }) : t(`pdf.kind.${r.kind}.label`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
