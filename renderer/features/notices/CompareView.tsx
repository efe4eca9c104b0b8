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
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NoticeVersionSummary, SectionChange } from '../../../shared/contract/notices';
import { ErrorAlert } from '../../components/ErrorAlert';
import { appErrorOf, useApiQuery } from '../../hooks/use-api-query';
import { listOrder } from './draft-source';
import { useNoticeWords } from './notice-labels';
import { wordDiff, type DiffPart } from './word-diff';

const DIMMED = { c: 'dimmed' } as const;

const CHANGE_COLOR: Readonly<Record<SectionChange['change'], string>> = {
  added: 'green',
  removed: 'red',
  changed: 'yellow',
  unchanged: 'gray',
};

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
  const { t, versionTitle, status } = useNoticeWords();
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
    { value: '0', label: t('compare.choose'), disabled: true },
    ...[...versions]
      .sort((a, b) => a.language.localeCompare(b.language) || listOrder(a, b))
      .map((v) => ({ value: String(v.id), label: `${versionTitle(v)} — ${status(v)}` })),
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
          {t('nav.allVersions')}
        </Button>
        <Title order={1} size="h2">
          {t('compare.title')}
        </Title>
      </div>
      {list.error && <ErrorAlert error={appErrorOf(list.error)} />}
      <Group align="flex-end" grow maw={760}>
        <NativeSelect
          label={t('compare.older')}
          data={options}
          value={String(fromId)}
          onChange={(e) => choose('from', e.currentTarget.value)}
        />
        <NativeSelect
          label={t('compare.newer')}
          data={options}
          value={String(toId)}
          onChange={(e) => choose('to', e.currentTarget.value)}
        />
      </Group>
      {fromId === toId && fromId > 0 && <Text c="dimmed">{t('compare.twoDifferent')}</Text>}
      {compare.error && <ErrorAlert error={appErrorOf(compare.error)} />}
      {ready && !compare.data && !compare.error && <Loader aria-label={t('compare.loading')} />}
      {compare.data && (
        <>
          <Group justify="space-between">
            <Group gap="xs" role="status">
              {counts.map(([c, n]) => (
                <Badge key={c} color={CHANGE_COLOR[c]} variant="light">
                  {t(`compare.count.${c}`, { count: n })}
                </Badge>
              ))}
            </Group>
            <Switch
              label={t('compare.showUnchanged')}
              checked={showUnchanged}
              onChange={(e) => setShowUnchanged(e.currentTarget.checked)}
            />
          </Group>
          {shown.length === 0 && <Text c="dimmed">{t('compare.same')}</Text>}
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
  const { t } = useTranslation(['notices', 'common']);
  return (
    <Box>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {title}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} {...(text === null ? DIMMED : {})}>
        {text === null ? t('compare.notInVersion') : parts ? <Parts parts={parts} /> : text}
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
  const { t } = useTranslation(['notices', 'common']);
  const { before, after } = withoutHeading(section);
  const diff = section.change === 'changed' && before !== null && after !== null ? wordDiff(before, after) : null;
  const headingId = `compare-${section.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group gap="sm" mb="sm">
        <Title order={2} size="h5" id={headingId}>
          {section.heading || section.id}
        </Title>
        <Badge color={CHANGE_COLOR[section.change]} variant="light">
          {t(`compare.change.${section.change}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Side title={t('compare.before')} text={before} parts={diff?.before ?? null} />
        <Side title={t('compare.after')} text={after} parts={diff?.after ?? null} />
      </SimpleGrid>
    </Paper>
  );
}
