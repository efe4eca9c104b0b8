// Settings › Users: every account with its role and state; add, deactivate/reactivate, reset password. Never delete.
import { Badge, Button, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { User } from '../../../../shared/contract/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { appErrorOf, useApiQuery } from '../../../hooks/use-api-query';
import { ROLE_LABELS } from '../../session/roles';
import { AddUserModal } from './AddUserModal';
import { ConfirmActiveModal } from './ConfirmActiveModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export function UsersSettings() {
  const query = useApiQuery('users.list', {});
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [toggling, setToggling] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const changed = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: ['users.list'] });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Users
        </Title>
        <Button
          onClick={() => {
            setNotice(null);
            setAdding(true);
          }}
        >
          Add user
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Users are never deleted, so every record keeps its author. Deactivate an account when someone leaves.
      </Text>
      <SuccessAlert message={notice} onClose={() => setNotice(null)} />
      {query.error && <ErrorAlert error={appErrorOf(query.error)} />}
      {query.data ? (
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>All user accounts</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Username</Table.Th>
              <Table.Th scope="col">Full name</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>{user.fullName}</Table.Td>
                <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
                <Table.Td>
                  <Badge color={user.active ? 'green' : 'gray'} variant="light">
                    {user.active ? 'Active' : 'Inactive'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {/* The accessible name starts with the visible text and adds whose account it acts on. */}
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Reset password for ${user.username}`}
                      onClick={() => setResetting(user)}
                    >
                      Reset password
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color={user.active ? 'red' : 'blue'}
                      aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.username}`}
                      onClick={() => setToggling(user)}
                    >
                      {user.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        !query.error && <Loader aria-label="Loading users" />
      )}
      <AddUserModal
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(user) => {
          setAdding(false);
          changed(`Added ${user.fullName} (${user.username}).`);
        }}
      />
      <ConfirmActiveModal
        user={toggling}
        onClose={() => setToggling(null)}
        onDone={(user) => {
          setToggling(null);
          changed(`${user.fullName} is now ${user.active ? 'active' : 'inactive'}.`);
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          changed(`Password reset for ${user.fullName}.`);
        }}
      />
    </Stack>
  );
}
