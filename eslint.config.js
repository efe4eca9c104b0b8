// Lint: typescript-eslint strict type-checked everywhere, React hooks rules in the renderer, and the
// import boundaries that keep Electron in the shell and Node out of shared/ and renderer/.
import { defineConfig } from 'eslint/config';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noElectron = {
  name: 'electron',
  message: 'Only the Electron shell (electron/main.ts, preload.ts, ipc/, platform/) may import electron.',
};
const noShell = {
  group: ['**/platform/**', '**/platform', '**/ipc/**', '**/ipc'],
  message:
    'core/, web/ and cli/ run without Electron: they may not import the desktop shell (platform/, ipc/). Shared helpers live in core/.',
};
const noDriver = {
  group: ['better-sqlite3*', 'pg', 'pg/*', 'pg-*'],
  message: 'Only electron/core/db/ touches a database driver: go through Kysely, and db/dialect.ts for what differs.',
};
const noNode = { group: ['node:*'], message: 'shared/ and renderer/ run without Node: no node:* imports.' };

export default defineConfig(
  {
    ignores: [
      'out/**',
      'release/**',
      'node_modules/**',
      '.tsbuild/**',
      'electron/launch.js',
      'electron/cli/bin.js',
      '.ci/**',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.ts', 'eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  // Plain JS configs are not part of any TypeScript project: lint them without type information.
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noShell] }] },
  },
  // Services, dispatch and the CLI reach the database through Kysely and db/ (dialect.ts): never a driver. The
  // rule repeats the one above, since a later block's options replace an earlier block's for the same rule.
  {
    files: ['electron/core/services/**/*.ts', 'electron/core/dispatch.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noShell, noDriver] }] },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, 'fs', 'path', 'crypto', 'os', 'child_process'], patterns: [noNode] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Every word a user reads comes from the i18n catalogs (shared/i18n/locales): literal text in JSX, and in the
  // props that show text, is an error. Codes, class names, test ids and Mantine's variants are not words.
  {
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              '^(label|placeholder|title|alt|description|error|message|heading|tooltip|confirmLabel|cancelLabel)$',
              '^aria-(label|description|valuetext|roledescription)$',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
