// "Edit user" dialog: an administrator changes a user's full name and role (`users.update`). A new role ends the
// user's sessions; the last active administrator keeps theirs (users.lastAdmin), said beside the role.
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FullName, type User } from '../../../../shared/contract/users';
import { Role, ROLES } from '../../../../shared/contract/define';
import { NO_FIELD_ERRORS, useFieldErrors, type FieldErrors } from '../../../api/field-errors';
import { AppModal } from '../../../components/AppModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { submitHandler } from '../../../components/submit-handler';
import { useApiAction } from '../../../hooks/use-api-action';
import { useFocusFirstError } from '../../../hooks/use-focus-first-error';

const EditSchema = z.object({ fullName: FullName, role: Role });

export function EditUserModal({
  user,
  self,
  onClose,
  onDone,
}: {
  user: User | null;
  /** The signed-in administrator's own row. */
  self: boolean;
  onClose: () => void;
  onDone: (before: User, after: User) => void;
}) {
  const { t } = useTranslation('users');
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('editForm.title', { name: user.fullName }) : t('editForm.formLabel')}
    >
      {user && <EditForm key={user.id} user={user} self={self} onCancel={onClose} onDone={onDone} />}
    </AppModal>
  );
}

function EditForm({
  user,
  self,
  onCancel,
  onDone,
}: {
  user: User;
  self: boolean;
  onCancel: () => void;
  onDone: (before: User, after: User) => void;
}) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const { check, fieldErrorsOf } = useFieldErrors();
  const update = useApiAction('users.update');
  const [values, setValues] = useState<{ fullName: string; role: string }>({
    fullName: user.fullName,
    role: user.role,
  });
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const submit = async () => {
    const parsed = check(EditSchema, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors(NO_FIELD_ERRORS);
    const result = await update.run({ userId: user.id, ...parsed.value });
    if (result.ok) onDone(user, result.value);
    else setErrors(fieldErrorsOf(result.error));
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(submit)} noValidate aria-label={t('editForm.formLabel')}>
      <Stack gap="md">
        <TextInput
          label={t('editForm.fullName')}
          required
          data-autofocus
          autoComplete="off"
          value={values.fullName}
          error={errors['fullName']}
          onChange={(e) => {
            const fullName = e.currentTarget.value;
            setValues((v) => ({ ...v, fullName }));
          }}
        />
        <NativeSelect
          label={t('editForm.role')}
          required
          description={self ? t('editForm.selfRoleHelp') : t('editForm.roleHelp')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={values.role}
          error={errors['role']}
          onChange={(e) => {
            const role = e.currentTarget.value;
            setValues((v) => ({ ...v, role }));
          }}
        />
        <ErrorAlert error={update.error} title={t('editForm.notSaved')} shownFields={['fullName', 'role']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={update.pending}>
            {t('editForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
