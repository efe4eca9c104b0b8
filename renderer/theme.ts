// The app's Mantine theme: calm blue, system fonts, and a focus ring that is visible for keyboard users.
// Every field is required unless its description says "Optional", so labels carry no asterisk: that keeps each
// label's accessible name exactly its visible words ("Password", not "Password *").
import { createTheme, NativeSelect, NumberInput, PasswordInput, TextInput } from '@mantine/core';

const noAsterisk = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white button text above 4.5:1 (shade 6 gave 3.6:1).
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
  components: {
    TextInput: TextInput.extend(noAsterisk),
    // The show/hide toggle's default name contains "password", which would make getByLabel('Password') ambiguous.
    PasswordInput: PasswordInput.extend({
      defaultProps: {
        withAsterisk: false,
        visibilityToggleButtonProps: { 'aria-label': 'Show or hide what is typed' },
      },
    }),
    NativeSelect: NativeSelect.extend(noAsterisk),
    NumberInput: NumberInput.extend(noAsterisk),
  },
});
