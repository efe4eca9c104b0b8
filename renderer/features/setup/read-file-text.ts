// A file the user chose, read as text in the renderer (an enrolment file, a CA certificate): nothing of it goes
// anywhere but the field it fills, and a file too large for the contract is refused before it is read whole.

/** The file's text, or null when it cannot be read or is larger than `maxChars` bytes. */
export const readFileText = async (file: File, maxChars: number): Promise<string | null> => {
  if (file.size > maxChars) return null;
  try {
    return await file.text();
  } catch {
    return null;
  }
};
