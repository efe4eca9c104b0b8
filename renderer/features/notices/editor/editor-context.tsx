// What every editor field needs: a way to change one text of the content and a note of the last text box used
// (placeholders are inserted at its caret). Both are stable, so memoised parts of the form re-render only when
// their own slice of the content changes: a keystroke re-renders one section, not the whole notice.
import { Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { createContext, memo, useContext, type ReactNode } from 'react';
import { pathId, type ContentPath } from './content-path';

export interface EditorApi {
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
  value: string;
  label: string;
  group?: string;
  description?: string;
}

/** Paths are written inline (new arrays each render), so fields compare them by value. */
const sameField = <P extends FieldProps>(a: P, b: P): boolean =>
  (Object.keys(a) as (keyof P)[]).every((k) =>
    k === 'path' ? a.path.join('.') === b.path.join('.') : a[k] === b[k],
  ) && Object.keys(a).length === Object.keys(b).length;

const useField = (path: ContentPath, value: string) => {
  const { update, remember } = useEditor();
  return {
    id: pathId(path),
    value,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => update(path, e.currentTarget.value),
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => remember(path, e.currentTarget),
  };
};

export const LineField = memo(function LineField({ path, value, label, group, description }: FieldProps) {
  const field = useField(path, value);
  return <TextInput label={groupLabel(group, label)} description={description} maxLength={200} {...field} />;
}, sameField);

export const TextField = memo(function TextField({
  path,
  value,
  label,
  group,
  description,
  minRows = 3,
}: FieldProps & { minRows?: number }) {
  const field = useField(path, value);
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
}, sameField);
