import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Interface text lives in messages files, in English and French (src/lib/i18n.ts): none inline.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'JSXText[value=/[A-Za-zÀ-ÿ]{2}/]', message: 'UI text goes in a messages file (i18n), not inline in JSX.' },
        { selector: 'JSXElement > JSXExpressionContainer > Literal[value=/[A-Za-zÀ-ÿ]{2}/]', message: 'UI text goes in a messages file (i18n), not inline in JSX.' },
        { selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-zÀ-ÿ]{2}/]', message: 'UI text goes in a messages file (i18n), not in a literal attribute.' },
        { selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-zÀ-ÿ]{2}/]', message: 'UI text goes in a messages file (i18n), not in a template attribute.' },
      ],
    },
  },
  {
    // Tests mutate raw JSON fixtures to make bad variants of them.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain core stays pure: no React, no DOM, no I/O.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', '@tanstack/*', 'leaflet', 'recharts', 'node:*', 'fs', 'path'], message: 'src/core is pure: no UI or I/O imports.' },
          { regex: '^\\.\\./', message: 'src/core imports only itself.' },
        ],
      }],
    },
  },
  {
    // Features do not import each other; the app layer composes them.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        // Feature folders are flat, so `../name` is always another feature.
        patterns: [
          { regex: '^\\.\\./[^.]', message: 'Features do not import each other; compose them in src/app.' },
          { regex: '/app/', message: 'Features do not import the app layer.' },
        ],
      }],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '/(features|app)/', message: 'Shared code does not import features or the app.' }],
      }],
    },
  },
);
