import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Architecture (bulletproof-react): shared code (api, components, config, lib) → features → app.
// Code outside the current folder's parent is imported through the `@/` alias, so the layer
// rules below can be expressed as import patterns.
const noDeepRelative = { group: ['../../*'], message: 'Import through the @/ alias.' };
const noApp = { group: ['@/app', '@/app/*'], message: 'Only src/app may import src/app.' };
const noFeatures = {
  group: ['@/features', '@/features/*'],
  message: 'Shared code must not depend on features.',
};
const otherFeature = (self) => ({
  group: ['@/features/*', `!@/features/${self}`, `!@/features/${self}/*`],
  message: 'Features must not import each other; compose them in src/app.',
});
const features = [
  'customers',
  'contacts',
  'audit',
  'access-log',
  'access-grants',
  'lifecycle',
  'profile-templates',
  'saved-filters',
  'transactions',
];

export default defineConfig([
  globalIgnores([
    'dist',
    'src/api/generated',
    'test-results',
    'playwright-report',
    'blob-report',
    'playwright/.auth',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'react-refresh/only-export-components': 'off',
      'no-restricted-imports': ['error', { patterns: [noDeepRelative] }],
    },
  },
  {
    files: ['src/api/**', 'src/components/**', 'src/config/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noDeepRelative, noApp, noFeatures] }],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noDeepRelative, noApp, otherFeature(feature)] },
      ],
    },
  })),
  {
    files: ['*.{js,ts}', 'scripts/**', 'e2e/**'],
    languageOptions: { globals: globals.node },
  },
  prettier,
]);
