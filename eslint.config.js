// Flat ESLint config: TypeScript, Astro components and accessibility rules for the islands (Preact via preact/compat).
import eslintPluginAstro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'customElements',
  'matchMedia',
  'requestAnimationFrame',
];
const LIB_IS_PURE = 'src/lib is pure: take the value as an argument, or put browser glue in src/scripts/.';

export default [
  { ignores: ['dist/', 'dist.*/', '.astro/', '.tmp/', 'node_modules/', 'bench/bare/dist/', 'bench/bare/.astro/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  // src/lib is pure TypeScript that also runs in Node (tests, build scripts): it never reaches for
  // the browser. Browser glue lives in src/scripts/ or an island. dependency-cruiser checks the
  // imports (.dependency-cruiser.cjs); globals are invisible to it, so this rule checks those.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS.map((name) => ({ name, message: LIB_IS_PURE }))],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'window', 'self'].flatMap((object) =>
          BROWSER_GLOBALS.map((property) => ({ object, property, message: LIB_IS_PURE })),
        ),
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
