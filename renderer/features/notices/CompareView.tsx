// /notices/compare — two versions side by side, section by section: added, removed, changed (with the words
// that changed highlighted) and, on request, unchanged.
import {
  Badge,
  Box,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { NoticeVersionSummary, SectionChange } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { listOrder } from './draft-source';
import { STATUS, statusKey, versionTitle } from './notice-labels';
import { wordDiff, type DiffPart } from './word-diff';

const CHANGE: Readonly<Record<SectionChange['change'], { label: string; color: string }>> = {
  added: { label: 'Added', color: 'green' },
  removed: { label: 'Removed', color: 'red' },
  changed: { label: 'Changed', color: 'yellow' },
  unchanged: { label: 'Unchanged', color: 'gray' },
};

const optionLabel = (v: NoticeVersionSummary): string =>
  `${versionTitle(v)} — ${STATUS[statusKey(v)].label.toLowerCase()}`;

/** The two versions to compare when the link names none: the language's two latest. */
const defaults = (
  versions: readonly NoticeVersionSummary[],
  language: string | null,
): [number | null, number | null] => {
  const mine = versions
    .filter((v) => v.number !== null && (language === null || v.language === language))
    .sort(listOrder);
  return [mine[1]?.id ?? null, mine[0]?.id ?? null];
};

export function CompareView() {
  const [params, setParams] = useSearchParams();
  const list = useApiQuery('notices.list', {});
  const [showUnchanged, setShowUnchanged] = useState(false);
  const versions = list.data ?? [];
  const [defaultFrom, defaultTo] = defaults(versions, params.get('language'));
  const fromId = Number(params.get('from') ?? defaultFrom ?? 0);
  const toId = Number(params.get('to') ?? defaultTo ?? 0);
  const ready = fromId > 0 && toId > 0 && fromId !== toId;
  const compare = useApiQuery('notices.compare', { fromId, toId }, { enabled: ready });

  const choose = (which: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set('from', String(which === 'from' ? value : fromId));
    next.set('to', String(which === 'to' ? value : toId));
    next.delete('language');
    setParams(next, { replace: true });
  };

  const options = [
    { value: '0', label: 'Choose a version', disabled: true },
    ...[...versions]
      .sort((a, b) => a.language.localeCompare(b.language) || listOrder(a, b))
      .map((v) => ({ value: String(v.id), label: optionLabel(v) })),
  ];
  const sections = compare.data?.sections ?? [];
  const shown = sections.filter((s) => showUnchanged || s.change !== 'unchanged');
  const counts = (['added', 'removed', 'changed', 'unchanged'] as const).map(
    (c) => [c, sections.filter((s) => s.change === c).length] as const,
  );

  return (
    <Stack gap="md">
      <div>
        <Button component={Link} to="/notices" variant="subtle" size="compact-sm" px={0}>
          ← All versions
        </Button>
        <Title order={1} size="h2">
          Compare versions
        </Title>
      </div>
      {list.error && <ErrorAlert error={appErrorOf(list.error)} />}
      <Group align="flex-end" grow maw={760}>
        <NativeSelect
          label="Older version"
          data={options}
          value={String(fromId)}
          onChange={(e) => choose('from', e.currentTarget.value)}
        />
        <NativeSelect
          label="Newer version"
          data={options}
          value={String(toId)}
          onChange={(e) => choose('to', e.currentTarget.value)}
        />
      </Group>
      {fromId === toId && fromId > 0 && <Text c="dimmed">Choose two different versions.</Text>}
      {compare.error && <ErrorAlert error={appErrorOf(compare.error)} />}
      {ready && !compare.data && !compare.error && <Loader aria-label="Comparing versions" />}
      {compare.data && (
        <>
          <Group justify="space-between">
            <Group gap="xs" role="status">
              {counts.map(([c, n]) => (
                <Badge key={c} color={CHANGE[c].color} variant="light">
                  {n} {CHANGE[c].label.toLowerCase()}
                </Badge>
              ))}
            </Group>
            <Switch
              label="Show unchanged sections"
              checked={showUnchanged}
              onChange={(e) => setShowUnchanged(e.currentTarget.checked)}
            />
          </Group>
          {shown.length === 0 && <Text c="dimmed">The two versions have the same text.</Text>}
          {shown.map((s) => (
            <SectionDiff key={`${s.change}-${s.id}`} section={s} />
          ))}
        </>
      )}
    </Stack>
  );
}

function Parts({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <Box component="del" key={i} bg="red.1" c="red.9">
            {p.text}
          </Box>
        ) : (
          <Box component="ins" key={i} bg="green.1" c="green.9" style={{ textDecoration: 'none' }}>
            {p.text}
          </Box>
        ),
      )}
    </>
  );
}

function Side({ title, text, parts }: { title: string; text: string | null; parts: readonly DiffPart[] | null }) {
  return (
    <Box>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {title}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} {...(text === null ? { c: 'dimmed' } : {})}>
        {text === null ? 'Not in this version' : parts ? <Parts parts={parts} /> : text}
      </Text>
    </Box>
  );
}

/** Each side's text starts with the section heading; when the heading did not change, the title above says it once. */
const withoutHeading = (section: SectionChange): { before: string | null; after: string | null } => {
  const same = [section.before, section.after].every((t) => t === null || t.split('\n')[0] === section.heading);
  const cut = (t: string | null) => (t === null || !same ? t : t.slice(section.heading.length + 1));
  return { before: cut(section.before), after: cut(section.after) };
};

function SectionDiff({ section }: { section: SectionChange }) {
  const { before, after } = withoutHeading(section);
  const diff = section.change === 'changed' && before !== null && after !== null ? wordDiff(before, after) : null;
  const headingId = `compare-${section.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group gap="sm" mb="sm">
        <Title order={2} size="h5" id={headingId}>
          {section.heading || section.id}
        </Title>
        <Badge color={CHANGE[section.change].color} variant="light">
          {CHANGE[section.change].label}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Side title="Before" text={before} parts={diff?.before ?? null} />
        <Side title="After" text={after} parts={diff?.after ?? null} />
      </SimpleGrid>
    </Paper>
  );
}
