// The patient's rights (164.520(b)(1)(iv)): each right's text and how to use it.
import { Fieldset, Stack } from '@mantine/core';
import { LineField, TextField } from './editor-context';
import { citeOf, labelOf, RIGHTS } from './sections';

export function RightsFields() {
  return (
    <Fieldset id="edit-rights" legend="Your rights · 164.520(b)(1)(iv)">
      <Stack gap="md">
        <LineField path={['rights', 'heading']} group="Rights" label="Heading" />
        <TextField path={['rights', 'intro']} group="Rights" label="Introduction" minRows={2} />
        {RIGHTS.map((right) => (
          <Fieldset key={right.field} id={`edit-rights-${right.field}`} variant="filled" legend={`${labelOf(right.key)} · ${citeOf(right.key)}`}>
            <Stack gap="sm">
              <LineField path={['rights', right.field, 'heading']} group={right.short} label="Heading" />
              <TextField path={['rights', right.field, 'body']} group={right.short} label="Text" minRows={2} />
              <TextField path={['rights', right.field, 'how']} group={right.short} label="How to use it" minRows={2} />
            </Stack>
          </Fieldset>
        ))}
      </Stack>
    </Fieldset>
  );
}
