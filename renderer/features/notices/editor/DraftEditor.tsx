// Editing a draft: the structured form (or its preview) beside a sticky panel with saving, publishing, the live
// checklist and readability (the shared rules, recomputed as the user types) and the placeholders. The draft saves
// itself (use-autosave) and says who started it, from which version, and when a newer one has been published since.
import { Alert, Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NoticeContent } from '../../../../shared/contract/notice-content';
import type { NoticeVersion } from '../../../../shared/contract/notices';
import { blockingItems, noticeChecklist } from '../../../../shared/domain/notice-checklist';
import { newestVersion } from '../../../../shared/domain/notice-lifecycle';
import { unknownPlaceholders } from '../../../../shared/domain/notice-text';
import { noticeReadability } from '../../../../shared/domain/readability';
import { useApiAction } from '../../../hooks/use-api-action';
import { useApiQuery } from '../../../hooks/use-api-query';
import { useBlockLeaving, useLeaveGuard } from '../../shell/leave-guard';
import { useUnsavedWork } from '../../shell/unsaved-work';
import { previousVersion } from '../draft-source';
import { useNoticeWords, type NoticeWords } from '../notice-labels';
import { NoticePreview } from '../NoticePreview';
import { PdfPanel } from '../PdfPanel';
import { PublishModal } from '../PublishModal';
import { EMPTY_PUBLISH, type PublishValues } from '../publish-form';
import { RefusalAlert } from '../RefusalAlert';
import { ChecklistPanel } from './ChecklistPanel';
import { getIn, setIn, type ContentPath } from './content-path';
import { DiscardModal, LeaveModal } from './DraftModals';
import { EditorContext, type EditorApi } from './editor-context';
import { NoticeForm } from './NoticeForm';
import { PlaceholderList } from './PlaceholderList';
import { useAutosave } from './use-autosave';
import { useSaveShortcut } from './use-save-shortcut';

const CHECK_DELAY_MS = 250;

export function DraftEditor({
  draft,
  openedExisting = false,
  onPublished,
}: {
  draft: NoticeVersion;
  /** "New draft" found this draft already in progress and opened it instead of starting a second one. */
  openedExisting?: boolean;
  onPublished: (v: NoticeVersion) => void;
}) {
  const words = useNoticeWords();
  const { t } = words;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const leaveGuard = useLeaveGuard();
  const list = useApiQuery('notices.list', {});
  // Read now so the publish dialog knows the practice's time zone (today's date) when it opens.
  useApiQuery('practice.get', {});
  const discard = useApiAction('notices.discardDraft');

  // The editor owns the text from here on: a lock (which clears cached queries) or a refusal never replaces it.
  const [content, setContent] = useState<NoticeContent>(draft.content);
  const autosave = useAutosave(draft.id, content, draft.content, (v) => {
    queryClient.setQueryData(['notices.get', { id: draft.id }], v);
    void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
  });
  const { dirty } = autosave;
  // Closing the tab, the desktop window's close and the lock screen's Sign out save or ask about this text.
  useUnsavedWork({ dirty, pending: () => ({ noticeDrafts: [{ id: draft.id, content }] }) });
  const [tab, setTab] = useState<string | null>('edit');
  const [leaving, setLeaving] = useState<{ proceed: () => void } | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [publishValues, setPublishValues] = useState<PublishValues>(EMPTY_PUBLISH);
  const [hasTarget, setHasTarget] = useState(false);
  const target = useRef<{ path: ContentPath; element: HTMLInputElement | HTMLTextAreaElement } | null>(null);

  const [checked] = useDebouncedValue(content, CHECK_DELAY_MS);
  const checklist = useMemo(
    () =>
      noticeChecklist({ content: checked, language: draft.language, practice: draft.practice, effectiveDate: null }),
    [checked, draft.language, draft.practice],
  );
  const readability = useMemo(() => noticeReadability(checked, draft.language), [checked, draft.language]);
  const unknown = useMemo(() => unknownPlaceholders(checked), [checked]);
  // Missing facts and false claims both stop publication (the same rule the core applies).
  const missing = blockingItems(checklist).length;
  const newest = list.data ? newestVersion(list.data, draft.language) : null;
  // What this draft is compared with: the version in effect, else the latest published one (saved text only).
  const previous = list.data ? previousVersion(list.data, draft) : null;

  // Stable, so the memoised sections of the form re-render only when their own text changes.
  const editor = useMemo<EditorApi>(
    () => ({
      update: (path, value) => setContent((c) => setIn(c, path, value)),
      remember: (path, element) => {
        target.current = { path, element };
        setHasTarget(true);
      },
    }),
    [],
  );

  const insert = useCallback((token: string) => {
    const t = target.current;
    if (!t) return;
    const start = t.element.selectionStart ?? t.element.value.length;
    const end = t.element.selectionEnd ?? start;
    setContent((c) => {
      const current = getIn(c, t.path);
      const text = typeof current === 'string' ? current : '';
      return setIn(c, t.path, text.slice(0, start) + token + text.slice(end));
    });
    // Put the caret after the inserted placeholder once the field shows the new text.
    requestAnimationFrame(() => {
      t.element.focus();
      t.element.setSelectionRange(start + token.length, start + token.length);
    });
  }, []);

  const save = autosave.saveNow;
  useSaveShortcut(() => {
    if (dirty) void save();
  });

  const ask = useCallback((proceed: () => void) => setLeaving({ proceed }), []);
  useBlockLeaving(dirty, ask);

  const startPublish = async () => {
    if (dirty && !(await save())) return;
    setPublishing(true);
  };

  const confirmDiscard = async () => {
    const result = await discard.run({ id: draft.id });
    if (!result.ok) return;
    queryClient.removeQueries({ queryKey: ['notices.get', { id: draft.id }] });
    void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
    void navigate('/notices');
  };

  return (
    <EditorContext.Provider value={editor}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              px={0}
              onClick={() => leaveGuard.attempt(() => void navigate('/notices'))}
            >
              {t('nav.allVersions')}
            </Button>
            <Title order={1} size="h2">
              {t('editor.title', { language: draft.language })}
            </Title>
            <DraftOrigin draft={draft} words={words} />
          </div>
          <Group gap="sm">
            {previous && (
              <Button
                variant="default"
                onClick={() =>
                  leaveGuard.attempt(() => void navigate(`/notices/compare?from=${previous.id}&to=${draft.id}`))
                }
              >
                {t('compare.withVersion', { number: previous.number ?? 0 })}
              </Button>
            )}
            <Button variant="subtle" color="red" onClick={() => setDiscarding(true)}>
              {t('discard.action')}
            </Button>
          </Group>
        </Group>
        {openedExisting && (
          <Alert color="blue" variant="light" data-testid="opened-existing">
            {t('editor.openedExisting', { language: draft.language })}
          </Alert>
        )}
        {draft.baseOutdated && newest && (
          <Alert color="yellow" variant="light" title={t('editor.outdated.title')} data-testid="base-outdated">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('editor.outdated.body', { newer: newest.number ?? 0, base: draft.baseVersionNumber ?? 0 })}
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  leaveGuard.attempt(() => void navigate(`/notices/compare?from=${newest.id}&to=${draft.id}`))
                }
              >
                {t('compare.withVersion', { number: newest.number ?? 0 })}
              </Button>
            </Stack>
          </Alert>
        )}
        <Grid gap="lg">
          {/* First in the page order so Save and Publish are a few Tab presses away, shown on the right from md up. */}
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <Paper
              withBorder
              radius="md"
              p="md"
              pos="sticky"
              top={76}
              style={{ maxHeight: 'calc(100vh - 92px)', overflowY: 'auto' }}
              component="aside"
              aria-label={t('editor.panelLabel')}
            >
              <Stack gap="md">
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Badge
                      color={autosave.state === 'saved' ? 'green' : autosave.state === 'saving' ? 'blue' : 'yellow'}
                      variant="light"
                      role="status"
                      data-testid="save-state"
                    >
                      {t(`common:state.${autosave.state}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('editor.autosaveHint')}
                    </Text>
                  </Group>
                  <Group gap="xs">
                    <Button
                      onClick={() => void save()}
                      loading={autosave.state === 'saving'}
                      disabled={!dirty}
                      aria-keyshortcuts="Control+S"
                    >
                      {t('common:actions.save')}
                    </Button>
                    <Button
                      variant="outline"
                      onClick={() => void startPublish()}
                      disabled={autosave.state === 'saving' || missing > 0}
                      aria-describedby={missing > 0 ? 'publish-blocked' : undefined}
                    >
                      {t('editor.publish')}
                    </Button>
                  </Group>
                  {missing > 0 && (
                    <Text size="xs" c="red.9" id="publish-blocked">
                      {t('editor.publishBlocked', { count: missing })}
                    </Text>
                  )}
                  <RefusalAlert error={autosave.error} title={t('editor.notSaved')} />
                </Stack>
                {unknown.length > 0 && (
                  <Alert color="red" variant="light" title={t('editor.unknownPlaceholders.title')}>
                    {t('editor.unknownPlaceholders.body', { list: unknown.map((u) => `{{${u}}}`).join(', ') })}
                  </Alert>
                )}
                <ChecklistPanel items={checklist} readability={readability} />
                <PlaceholderList
                  practice={draft.practice}
                  language={draft.language}
                  canInsert={hasTarget && tab === 'edit'}
                  onInsert={insert}
                />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List aria-label={t('editor.views')} mb="md">
                <Tabs.Tab value="edit">{t('editor.tabEdit')}</Tabs.Tab>
                <Tabs.Tab value="preview">{t('editor.tabPreview')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="edit">
                <NoticeForm content={content} language={draft.language} practice={draft.practice} />
              </Tabs.Panel>
              <Tabs.Panel value="preview">
                <Stack gap="md">
                  <Text size="sm" c="dimmed">
                    {t('editor.previewHelp')}
                  </Text>
                  <NoticePreview
                    content={content}
                    practice={draft.practice}
                    language={draft.language}
                    effectiveDate={null}
                  />
                  <Paper withBorder p="md" radius="md">
                    <Title order={2} size="h5" mb="xs">
                      {t('editor.printDraft')}
                    </Title>
                    {dirty && (
                      <Text size="sm" c="orange.9" mb="xs">
                        {t('editor.saveFirst')}
                      </Text>
                    )}
                    <PdfPanel version={draft} />
                  </Paper>
                </Stack>
              </Tabs.Panel>
            </Tabs>
          </Grid.Col>
        </Grid>
      </Stack>
      <LeaveModal
        opened={leaving !== null}
        saving={autosave.state === 'saving'}
        onStay={() => setLeaving(null)}
        onLeave={() => {
          const proceed = leaving?.proceed;
          setLeaving(null);
          proceed?.();
        }}
        onSaveAndLeave={() =>
          void save().then((ok) => {
            const proceed = leaving?.proceed;
            setLeaving(null);
            if (ok) proceed?.();
          })
        }
      />
      <DiscardModal
        opened={discarding}
        pending={discard.pending}
        error={discard.error}
        onCancel={() => {
          discard.setError(null);
          setDiscarding(false);
        }}
        onDiscard={() => void confirmDiscard()}
      />
      {list.data && (
        <PublishModal
          opened={publishing}
          draft={draft}
          versions={list.data}
          checklist={checklist}
          values={publishValues}
          setValues={setPublishValues}
          onClose={() => setPublishing(false)}
          onPublished={(v) => {
            setPublishing(false);
            void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
            onPublished(v);
          }}
        />
      )}
    </EditorContext.Provider>
  );
}

/** "Started by Dana Admin on Dec 1, 2026, 9:00 AM, from version 3." */
function DraftOrigin({ draft, words }: { draft: NoticeVersion; words: NoticeWords }) {
  const { t, dateTime } = words;
  const base =
    draft.baseVersionNumber === null
      ? t('editor.origin.template')
      : t('editor.origin.version', { number: draft.baseVersionNumber });
  return (
    <Text size="sm" c="dimmed" data-testid="draft-origin">
      {draft.startedAt === null
        ? t('editor.origin.unknown', { base })
        : draft.startedBy
          ? t('editor.origin.startedBy', { name: draft.startedBy, when: dateTime(draft.startedAt), base })
          : t('editor.origin.started', { when: dateTime(draft.startedAt), base })}
    </Text>
  );
}
