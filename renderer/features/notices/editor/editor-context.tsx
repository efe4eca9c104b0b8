// What every editor field needs: the content being edited, a way to change one text, and a note of the last
// text box used (placeholders are inserted at its caret).
import { Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import type { NoticeContent } from '../../../../shared/contract/notice-content';
import { getIn, pathId, type ContentPath } from './content-path';

export interface EditorApi {
  content: NoticeContent;
  update: (path: ContentPath, value: unknown) => void;
  /** Called when a text box gets focus, so "Insert" knows where the caret is. */
  remember: (path: ContentPath, element: HTMLInputElement | HTMLTextAreaElement) => void;
}

export const EditorContext = createContext<EditorApi | null>(null);

export const useEditor = (): EditorApi => {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor() needs an <EditorContext.Provider> above it');
  return value;
};

/** A label whose accessible name carries its group ("Complaints: Text") while the eye sees "Text". */
const groupLabel = (group: string | undefined, label: string): ReactNode =>
  group ? (
    <>
      <VisuallyHidden>{group}: </VisuallyHidden>
      {label}
    </>
  ) : (
    label
  );

interface FieldProps {
  path: ContentPath;
  label: string;
  group?: string;
  description?: string;
}

const useField = (path: ContentPath) => {
  const { content, update, remember } = useEditor();
  const raw = getIn(content, path);
  return {
    id: pathId(path),
    value: typeof raw === 'string' ? raw : '',
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => update(path, e.currentTarget.value),
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => remember(path, e.currentTarget),
  };
};

export function LineField({ path, label, group, description }: FieldProps) {
  const field = useField(path);
  return <TextInput label={groupLabel(group, label)} description={description} maxLength={200} {...field} />;
}

export function TextField({ path, label, group, description, minRows = 3 }: FieldProps & { minRows?: number }) {
  const field = useField(path);
  return (
    <Textarea
      label={groupLabel(group, label)}
      description={description}
      autosize
      minRows={minRows}
      maxRows={16}
      maxLength={20_000}
      {...field}
    />
  );
}
