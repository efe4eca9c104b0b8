// Editing a draft: the structured form (or its preview) beside a sticky panel with saving, publishing, the live
// checklist and readability (the shared rules, recomputed as the user types) and the placeholders.
import { Alert, Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NoticeContent } from '../../../../shared/contract/notice-content';
import type { NoticeVersion } from '../../../../shared/contract/notices';
import { noticeChecklist } from '../../../../shared/domain/notice-checklist';
import { unknownPlaceholders } from '../../../../shared/domain/notice-text';
import { noticeReadability } from '../../../../shared/domain/readability';
import { useApiAction } from '../../../hooks/use-api-action';
import { useApiQuery } from '../../../hooks/use-api-query';
import { useBlockLeaving, useLeaveGuard } from '../../shell/leave-guard';
import { previousVersion } from '../draft-source';
import { LANGUAGE_LABEL, versionName } from '../notice-labels';
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
import { useSaveShortcut } from './use-save-shortcut';

const CHECK_DELAY_MS = 250;

export function DraftEditor({ draft, onPublished }: { draft: NoticeVersion; onPublished: (v: NoticeVersion) => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const leaveGuard = useLeaveGuard();
  const list = useApiQuery('notices.list', {});
  // Read now so the publish dialog knows the practice's time zone (today's date) when it opens.
  useApiQuery('practice.get', {});
  const update = useApiAction('notices.updateDraft');
  const discard = useApiAction('notices.discardDraft');

  // The editor owns the text from here on: a lock (which clears cached queries) or a refusal never replaces it.
  const [content, setContent] = useState<NoticeContent>(draft.content);
  const [saved, setSaved] = useState<NoticeContent>(draft.content);
  const dirty = content !== saved;
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
  const missing = checklist.filter((i) => i.status === 'missing').length;
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

  const save = async (): Promise<boolean> => {
    const sent = content;
    const result = await update.run({ id: draft.id, content: sent });
    if (!result.ok) return false;
    setSaved(sent);
    queryClient.setQueryData(['notices.get', { id: draft.id }], result.value);
    void queryClient.invalidateQueries({ queryKey: ['notices.list'] });
    return true;
  };
  useSaveShortcut(() => {
    if (dirty && !update.pending) void save();
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

  const languageLabel = LANGUAGE_LABEL[draft.language];
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
              ← All versions
            </Button>
            <Title order={1} size="h2">
              {languageLabel} notice — draft
            </Title>
          </div>
          <Group gap="sm">
            {previous && (
              <Button
                variant="default"
                onClick={() =>
                  leaveGuard.attempt(() => void navigate(`/notices/compare?from=${previous.id}&to=${draft.id}`))
                }
              >
                Compare with {versionName(previous).toLowerCase()}
              </Button>
            )}
            <Button variant="subtle" color="red" onClick={() => setDiscarding(true)}>
              Discard draft
            </Button>
          </Group>
        </Group>
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
              aria-label="Draft status and checklist"
            >
              <Stack gap="md">
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Badge color={dirty ? 'yellow' : 'green'} variant="light" role="status">
                      {dirty ? 'Unsaved changes' : 'All changes saved'}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      Ctrl+S saves
                    </Text>
                  </Group>
                  <Group gap="xs">
                    <Button
                      onClick={() => void save()}
                      loading={update.pending}
                      disabled={!dirty}
                      aria-keyshortcuts="Control+S"
                    >
                      Save
                    </Button>
                    <Button variant="outline" onClick={() => void startPublish()} disabled={update.pending}>
                      Publish…
                    </Button>
                  </Group>
                  <RefusalAlert error={update.error} title="Not saved — your text is still here" />
                </Stack>
                {unknown.length > 0 && (
                  <Alert color="red" variant="light" title="Unknown placeholders">
                    {unknown.map((u) => `{{${u}}}`).join(', ')} would print as typed. Use one from the list below.
                  </Alert>
                )}
                <ChecklistPanel items={checklist} readability={readability} />
                <PlaceholderList practice={draft.practice} canInsert={hasTarget && tab === 'edit'} onInsert={insert} />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List aria-label="Draft views" mb="md">
                <Tabs.Tab value="edit">Edit</Tabs.Tab>
                <Tabs.Tab value="preview">Preview and print</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="edit">
                <NoticeForm content={content} language={draft.language} practice={draft.practice} />
              </Tabs.Panel>
              <Tabs.Panel value="preview">
                <Stack gap="md">
                  <Text size="sm" c="dimmed">
                    The notice as patients will read it, with the practice details from Settings › Practice. The
                    published version keeps the details of its publication day.
                  </Text>
                  <NoticePreview
                    content={content}
                    practice={draft.practice}
                    language={draft.language}
                    effectiveDate={null}
                  />
                  <Paper withBorder p="md" radius="md">
                    <Title order={2} size="h5" mb="xs">
                      Print and save the draft
                    </Title>
                    {dirty && (
                      <Text size="sm" c="orange.8" mb="xs">
                        Save first: a PDF is made from the last saved text.
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
        saving={update.pending}
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
          missing={missing}
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
