// The app's Mantine theme: calm blue, system fonts, colours legible at WCAG AA, and a focus ring that is visible for
// keyboard users. Every field is required unless its description says "Optional", so labels carry no asterisk: that
// keeps each label's accessible name exactly its visible words ("Password", not "Password *").
// The dark scheme's colours (the app follows the OS) are CSS variables in styles.css.
import {
  createTheme,
  DEFAULT_THEME,
  Menu,
  NativeSelect,
  NumberInput,
  PasswordInput,
  TextInput,
  type MantineColorsTuple,
} from '@mantine/core';

const noAsterisk = { defaultProps: { withAsterisk: false } };

/**
 * Mantine's palette with shades 7–9 darkened, so that what screens use them for reads at AA (4.5:1) in the light
 * scheme: shade 8 as text on white and on shade 1, and behind white text (filled buttons and badges); shade 9 as
 * text on shades 1 and 2 (light badges, alerts, and the hovered navigation link). Mantine's own green 8 gave 3.4:1
 * on white, red 6 (the field-error text) 3.3:1, and blue 9 on blue 2 4.0:1. Shade 7 stays 3:1 on white (borders).
 */
const legible = (base: MantineColorsTuple, s7: string, s8: string, s9: string): MantineColorsTuple => [
  base[0],
  base[1],
  base[2],
  base[3],
  base[4],
  base[5],
  base[6],
  s7,
  s8,
  s9,
];

// Measured (WCAG relative luminance): shade 8 on white / on shade 1, shade 9 on shade 2.
const colors = {
  blue: legible(DEFAULT_THEME.colors.blue, '#1c7ed6', '#1768b2', '#155998'), // 5.74 / 4.65, 4.76
  red: legible(DEFAULT_THEME.colors.red, '#f03e3e', '#c52b2b', '#ad2424'), // 5.59 / 4.62, 4.73
  green: legible(DEFAULT_THEME.colors.green, '#33a447', '#257b35', '#237032'), // 5.30 / 4.62, 4.75
  orange: legible(DEFAULT_THEME.colors.orange, '#f06407', '#b54509', '#ab390c'), // 5.50 / 4.62, 4.71
  yellow: legible(DEFAULT_THEME.colors.yellow, '#c68100', '#9e5c00', '#a15300'), // 5.27 / 4.72, 4.72
  teal: legible(DEFAULT_THEME.colors.teal, '#0ca376', '#077956', '#076e4f'), // 5.41 / 4.68, 4.77
};

export const theme = createTheme({
  colors,
  primaryColor: 'blue',
  // Shade 8 keeps white button text above 4.5:1 (shade 6 gave 3.6:1), in both schemes.
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
    // Without the focusable placeholder Mantine puts first in a menu (a role="presentation" child with a tabindex,
    // which breaks the menu role's required children, axe aria-required-children), opening a menu focuses its
    // first item, as the WAI-ARIA menu button pattern expects.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    NumberInput: NumberInput.extend(noAsterisk),
  },
});
