// Stand-in for an area whose screens are not built yet: a heading and one sentence on what will be there.
import { Stack, Text, Title } from '@mantine/core';

export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text c="dimmed">{description}</Text>
    </Stack>
  );
}
