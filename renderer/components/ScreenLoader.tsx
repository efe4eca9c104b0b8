// What shows while a screen's code loads (the renderer is split by route: React.lazy per area); named for screen readers.
import { Center, Loader } from '@mantine/core';

export function ScreenLoader({ label, fullPage = false }: { label: string; fullPage?: boolean }) {
  return (
    <Center mih={fullPage ? '100vh' : 200}>
      <Loader aria-label={label} />
    </Center>
  );
}
