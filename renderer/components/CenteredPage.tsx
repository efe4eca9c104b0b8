// The frame for screens shown before anyone is signed in (unlock database, setup, sign in).
import { Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function CenteredPage({
  title,
  subtitle,
  width = 460,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box component="main" id="main-content" tabIndex={-1} mih="100vh" bg="gray.0" py={48}>
      <Container size={width}>
        <Stack gap="xs" mb="lg" align="center">
          <Text c="dimmed" fw={600} size="sm" tt="uppercase">
            {t('appName')}
          </Text>
          <Title order={1} size="h2" ta="center">
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" ta="center">
              {subtitle}
            </Text>
          )}
        </Stack>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
