// Flat ESLint config: TypeScript, Astro components and accessibility rules for the islands (Preact via preact/compat).
import eslintPluginAstro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/', 'dist.*/', '.astro/', '.tmp/', 'node_modules/', 'bench/bare/dist/', 'bench/bare/.astro/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
