// A word-level difference between two texts (longest common subsequence over words and spaces), for
// highlighting what changed inside a changed section. Very long sections fall back to no highlighting.

export interface DiffPart {
  text: string;
  /** `same` in both; `removed` only in the old text; `added` only in the new one. */
  kind: 'same' | 'removed' | 'added';
}

/** Past this many tokens on each side the table grows too large for a keystroke-free but instant view. */
const MAX_TOKENS = 3_000;

const tokens = (text: string): string[] => text.split(/(\s+)/).filter((t) => t !== '');

const push = (parts: DiffPart[], text: string, kind: DiffPart['kind']): void => {
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ text, kind });
};

/** The old text's parts (same/removed) and the new text's parts (same/added), or null when too long to compare. */
export const wordDiff = (before: string, after: string): { before: DiffPart[]; after: DiffPart[] } | null => {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) return null;
  const width = b.length + 1;
  // lcs[i * width + j] = length of the common subsequence of a[i..] and b[j..].
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ta = a[i] ?? '';
    const tb = b[j] ?? '';
    if (ta === tb) {
      push(left, ta, 'same');
      push(right, tb, 'same');
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push(left, ta, 'removed');
      i += 1;
    } else {
      push(right, tb, 'added');
      j += 1;
    }
  }
  for (; i < a.length; i += 1) push(left, a[i] ?? '', 'removed');
  for (; j < b.length; j += 1) push(right, b[j] ?? '', 'added');
  return { before: left, after: right };
};
