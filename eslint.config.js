import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { featureBoundaries } from './eslint-rules/feature-boundaries.js';
import globals from 'globals';

// The import boundaries (eslint-rules/feature-boundaries.js, ADR 0001). `allow` lists what is
// shared on purpose across a boundary, each with its reason; a new entry needs one too.
const boundaries = {
  // src/main.tsx loads the launch code only on a launch address: it stays out of the start
  // page's JS, so it is imported lazily and directly, not through patient-context's index.
  lazyEntries: ['src/features/patient-context/launch'],
  allow: [
    // The search engine has no React in it and is the search service's own code: the same
    // module runs in the service, in Node tests, in the benchmark and in the command-line tool
    // (architecture.md). The mock search API hosts it; it does not stand in for it.
    { from: 'mocks/search/**', to: 'src/features/search/engine/**' },
    { from: 'mocks/knowledge/live-corpus.ts', to: 'src/features/search/engine/search-index.ts' },
    { from: 'scripts/search/**', to: 'src/features/search/engine/**' },
    // The knowledge corpus's types: the corpus (mocks/data/knowledge) is data both sides read,
    // checked by one validator (scripts/knowledge/validate-corpus.ts). Types only: the backend
    // never decides what it serves with the client's zod schemas.
    { from: 'mocks/**', to: 'src/lib/knowledge/schema.ts', typeOnly: true },
    // Contract tests: they read the mock's answers with the client's own schemas, which is how
    // drift between client and fake shows. The handlers themselves never import them.
    { from: 'mocks/sdk-*/**/*.test.ts', to: 'src/features/messages/api/schemas.ts' },
    // Compares the search service's own identity-number rule with the app's on generated text;
    // the service itself never imports the app's rule.
    { from: 'mocks/search/identity-number-rule.test.ts', to: 'src/lib/identity-number-like.ts' },
    // `npm run bench:inbox` measures the inbox's own normalising, filtering and sorting, so it
    // imports those modules themselves.
    { from: 'scripts/bench-inbox.ts', to: 'src/features/inbox/sources/*' },
    { from: 'scripts/bench-inbox.ts', to: 'src/features/inbox/lib/filters.ts' },
    { from: 'scripts/bench-inbox.ts', to: 'src/features/inbox/model.ts' },
  ],
};
const boundaryRules = { 'local/feature-boundaries': ['error', boundaries] };
const local = { local: { rules: { 'feature-boundaries': featureBoundaries } } };

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: local,
    rules: {
      ...boundaryRules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type A }` keeps the module as a side-effect import: it once pulled the whole
      // of zod into the start page's first download.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: local,
    rules: boundaryRules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
);
