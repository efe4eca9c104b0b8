// The filters above the audit table: who acted, which action, which record, which days. Applied on "Show
// entries" (or Enter), so typing an MRN does not query the log at every keystroke.
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, auditActionKey } from '../../../../shared/contract/audit';
import { submitHandler } from '../../../components/submit-handler';
import { EMPTY_FORM, needsRecordId, RECORD_KINDS, type FilterForm, type RecordKind } from './filter-form';

const RECORD_LABEL = {
  '': 'filters.anyRecord',
  patient: 'filters.recordPatient',
  user: 'filters.recordUser',
  notice_version: 'filters.recordNotice',
  practice: 'filters.recordPractice',
  settings: 'filters.recordSettings',
} as const satisfies Record<RecordKind, string>;

const ID_LABEL = { patient: 'filters.mrn', user: 'filters.username', notice_version: 'filters.noticeId' } as const;

const isRecordKind = (value: string): value is RecordKind => (RECORD_KINDS as readonly string[]).includes(value);

export function AuditFilters({ onApply }: { onApply: (form: FilterForm) => void }) {
  const { t, i18n } = useTranslation('audit');
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const set = (patch: Partial<FilterForm>) => setForm((f) => ({ ...f, ...patch }));

  const actions = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const options = AUDIT_ACTIONS.map((code) => ({
      value: code,
      label: t(`actions.${auditActionKey(code)}`),
    })).sort((a, b) => collator.compare(a.label, b.label));
    return [{ value: '', label: t('filters.anyAction') }, ...options];
  }, [t, i18n.language]);

  const kind = form.recordKind;
  return (
    <form onSubmit={submitHandler(() => onApply(form))} aria-label={t('filters.title')} noValidate>
      <Fieldset legend={t('filters.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <TextInput
            label={t('filters.user')}
            description={t('filters.userHint')}
            value={form.user}
            onChange={(e) => set({ user: e.currentTarget.value })}
            autoComplete="off"
          />
          <NativeSelect
            label={t('filters.action')}
            data={actions}
            value={form.action}
            onChange={(e) => set({ action: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('filters.record')}
            data={RECORD_KINDS.map((k) => ({ value: k, label: t(RECORD_LABEL[k]) }))}
            value={kind}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isRecordKind(value)) set({ recordKind: value, recordId: '' });
            }}
          />
          {needsRecordId(kind) && (
            <TextInput
              label={t(ID_LABEL[kind as keyof typeof ID_LABEL])}
              value={form.recordId}
              onChange={(e) => set({ recordId: e.currentTarget.value })}
              autoComplete="off"
            />
          )}
          <TextInput
            type="date"
            label={t('filters.from')}
            value={form.from}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('filters.to')}
            value={form.to}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('filters.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setForm(EMPTY_FORM);
              onApply(EMPTY_FORM);
            }}
          >
            {t('filters.clear')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
