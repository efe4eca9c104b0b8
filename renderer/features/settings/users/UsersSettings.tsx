// Settings › Users: every account with its role and state; add, edit name and role, deactivate/reactivate, reset
// password. Never delete. Deactivate is not offered on your own row (the core refuses it too: users.self).
import { Badge, Button, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/contract/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { appErrorOf, useApiQuery } from '../../../hooks/use-api-query';
import { useSession, useSignedIn } from '../../session/session-context';
import { AddUserModal } from './AddUserModal';
import { ConfirmActiveModal } from './ConfirmActiveModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export function UsersSettings() {
  const { t } = useTranslation('users');
  const { session } = useSignedIn();
  const { refresh } = useSession();
  const query = useApiQuery('users.list', {});
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const me = session.user.id;

  const changed = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: ['users.list'] });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('title')}
        </Title>
        <Button
          onClick={() => {
            setNotice(null);
            setAdding(true);
          }}
        >
          {t('add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <SuccessAlert message={notice} onClose={() => setNotice(null)} />
      {query.error && <ErrorAlert error={appErrorOf(query.error)} />}
      {query.data ? (
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>{t('caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('columns.username')}</Table.Th>
              <Table.Th scope="col">{t('columns.fullName')}</Table.Th>
              <Table.Th scope="col">{t('columns.role')}</Table.Th>
              <Table.Th scope="col">{t('columns.status')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>
                  {user.fullName}
                  {user.id === me && (
                    <Text span size="sm" c="dimmed" ml={4}>
                      {t('you')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={user.active ? 'teal.9' : 'gray.7'} variant="light">
                      {user.active ? t('status.active') : t('status.inactive')}
                    </Badge>
                    {user.active && user.mustChangePassword && (
                      <Badge color="gray.7" variant="outline">
                        {t('status.newPassword')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {/* Each accessible name starts with the visible text and adds whose account it acts on. */}
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('actions.editFor', { username: user.username })}
                      onClick={() => {
                        setNotice(null);
                        setEditing(user);
                      }}
                    >
                      {t('actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('actions.resetFor', { username: user.username })}
                      onClick={() => setResetting(user)}
                    >
                      {t('actions.reset')}
                    </Button>
                    {user.id !== me && (
                      <Button
                        size="xs"
                        variant="light"
                        color={user.active ? 'red.9' : 'blue.9'}
                        aria-label={t(user.active ? 'actions.deactivateFor' : 'actions.reactivateFor', {
                          username: user.username,
                        })}
                        onClick={() => setToggling(user)}
                      >
                        {user.active ? t('actions.deactivate') : t('actions.reactivate')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        !query.error && <Loader aria-label={t('loading')} />
      )}
      {query.data && (
        <Text size="sm" c="dimmed">
          {t('selfNote')}
        </Text>
      )}
      <AddUserModal
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(user) => {
          setAdding(false);
          changed(t('done.added', { name: user.fullName, username: user.username }));
        }}
      />
      <EditUserModal
        user={editing}
        self={editing?.id === me}
        onClose={() => setEditing(null)}
        onDone={(before, user) => {
          setEditing(null);
          // One's own new name shows in the header; a new role of one's own ends this session (the core bumps it):
          // either way, show what the core says now.
          if (user.id === me) void refresh();
          if (user.id !== me || user.role === before.role) changed(t('done.updated', { name: user.fullName }));
        }}
      />
      <ConfirmActiveModal
        user={toggling}
        onClose={() => setToggling(null)}
        onDone={(user) => {
          setToggling(null);
          changed(t(user.active ? 'done.active' : 'done.inactive', { name: user.fullName }));
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          changed(t('done.reset', { name: user.fullName }));
        }}
      />
    </Stack>
  );
}
