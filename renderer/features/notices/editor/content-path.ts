// Reading and replacing one text of a notice's content by its path (e.g. ['tpo', 'treatment', 'examples', 0]),
// copying only the objects along the path so unchanged parts keep their identity.
export type ContentPath = readonly (string | number)[];

export const getIn = (value: unknown, path: ContentPath): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
    value,
  );

export const setIn = <T>(value: T, path: ContentPath, next: unknown): T => {
  const [key, ...rest] = path;
  if (key === undefined) return next as T;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    copy[key as number] = setIn(copy[key as number], rest, next);
    return copy as T;
  }
  const record = value as Record<string | number, unknown>;
  return { ...record, [key]: setIn(record[key], rest, next) } as T;
};

export const pathId = (path: ContentPath): string => `notice-${path.join('-')}`;
