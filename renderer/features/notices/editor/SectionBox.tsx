// A fieldset of the notice form whose legend reads as a heading (the default legend is body text).
import { Fieldset, type FieldsetProps } from '@mantine/core';

const LEGEND = { legend: { fontWeight: 700 } };

export function SectionBox(props: FieldsetProps & { id?: string }) {
  return <Fieldset {...props} styles={LEGEND} />;
}
