// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './feature-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});
const file = (relative: string) => path.join(process.cwd(), relative);

// A small src/ on disk for the cycle check, which reads the imported modules' own imports.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'feature-boundaries-'));
const modules: Record<string, string> = {
  // a ⇄ b, once through the alias
  'lib/a.ts': "import { b } from './b';\nexport const a = b;",
  'lib/b.ts': "import { a } from '@/lib/a';\nexport const b = () => a;",
  // c → d/index.ts → e.tsx → c
  'lib/c.ts': "import { d } from './d';\nexport const c = d;",
  'lib/d/index.ts': "export { e as d } from '../e';",
  'lib/e.tsx': "import { c } from './c.ts';\nexport const e = () => c;",
  // f → g, and g back to f with types only
  'lib/f.ts': "import { g } from './g';\nexport type F = string;\nexport const f = g;",
  'lib/g.ts': "import type { F } from './f';\nexport type { F } from './f';\nexport const g = 1;",
  // h → k, and k back to h lazily
  'lib/h.ts': "import { k } from './k';\nexport const h = k;",
  'lib/k.ts': "export const k = () => import('./h');",
  // m → n, and n's import of m commented out
  'lib/m.ts': "import { n } from './n';\nexport const m = n;",
  'lib/n.ts': "/* import { m } from './m'; */\n// import { m } from './m';\nexport const n = 1;",
};
for (const [name, text] of Object.entries(modules)) {
  fs.mkdirSync(path.dirname(path.join(root, 'src', name)), { recursive: true });
  fs.writeFileSync(path.join(root, 'src', name), text);
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const fixture = (name: string) => ({
  code: modules[name]!,
  filename: path.join(root, 'src', name),
  options: [{ root }],
});

const options = [
  {
    lazyEntries: ['src/features/patient-context/launch'],
    allow: [
      { from: 'mocks/**', to: 'src/lib/knowledge/schema.ts', typeOnly: true },
      { from: 'mocks/search/**', to: 'src/features/search/engine/**' },
      { from: 'scripts/bench-inbox.ts', to: 'src/features/inbox/model.ts' },
    ],
  },
];
const at = (relative: string, code: string) => ({ code, filename: file(relative), options });

tester.run('feature-boundaries', featureBoundaries, {
  valid: [
    {
      code: "import { x } from './api/get-services';",
      filename: file('src/features/services/index.ts'),
    },
    {
      code: "import { Button } from '@/components';",
      filename: file('src/features/auth/components/x.tsx'),
    },
    {
      code: "import { useAuth } from '@/features/auth';",
      filename: file('src/app/routes/page.tsx'),
    },
    { code: "import { env } from '../config/env';", filename: file('src/lib/http-client.ts') },
    { code: "import { z } from 'zod';", filename: file('src/lib/x.ts') },
    // Cycles: types and lazy imports don't run at evaluation, so they close none.
    fixture('lib/f.ts'),
    fixture('lib/g.ts'),
    fixture('lib/h.ts'),
    fixture('lib/k.ts'),
    fixture('lib/m.ts'),
    { ...fixture('lib/b.ts'), code: "import type { a } from '@/lib/a';" },
    // src/main.tsx: the app, shared code, a feature's index, a listed lazy entry.
    at('src/main.tsx', "import { App } from '@/app/app';"),
    at('src/main.tsx', "import { env } from '@/config/env';"),
    at('src/main.tsx', "import '@/styles/global.css';"),
    at('src/main.tsx', "import { createSessionClient } from '@/features/auth';"),
    at('src/main.tsx', "const m = import('@/features/patient-context/launch');"),
    // src/testing: shared code, the app, features' index, the mocks.
    at('src/testing/x.tsx', "import { createQueryClient } from '@/lib/query-client';"),
    at('src/testing/x.tsx', "import { createRoutes } from '@/app/router';"),
    at('src/testing/x.tsx', "import { useAuth } from '@/features/auth/index';"),
    at('src/testing/x.tsx', "import { server } from '../../mocks/node';"),
    // mocks/: each other, and what the allow-list shares (types only where it says so).
    at('mocks/x/handlers.ts', "import { verifyToken } from '../lib/verify-token';"),
    at('mocks/x/handlers.ts', "import type { D } from '../../src/lib/knowledge/schema';"),
    at(
      'mocks/search/api.ts',
      "import { SearchIndex } from '@/features/search/engine/search-index';",
    ),
    // scripts/ and e2e/: mocks, shared code, a feature's index, the allow-list.
    at('scripts/x.ts', "import { handlers } from '../mocks/handlers';"),
    at(
      'scripts/knowledge/x.ts',
      "import { documentSchema } from '../../src/lib/knowledge/schema';",
    ),
    at('scripts/x.ts', "import { paths } from '../src/config/paths';"),
    at('scripts/x.mjs', "import { x } from '../src/features/search';"),
    at('scripts/bench-inbox.ts', "import type { Case } from '../src/features/inbox/model';"),
    at('e2e/x.spec.ts', "import { findStaff } from '../mocks/idp/staff';"),
  ],
  invalid: [
    {
      code: "import { useAuth } from '@/features/auth';",
      filename: file('src/features/services/x.ts'),
      errors: [{ messageId: 'otherFeature' }],
    },
    {
      code: "import { x } from '../../auth/claims';",
      filename: file('src/features/services/components/x.tsx'),
      errors: [{ messageId: 'otherFeature' }],
    },
    {
      code: "export { x } from '../features/services';",
      filename: file('src/lib/x.ts'),
      errors: [{ messageId: 'sharedToFeature' }],
    },
    {
      code: "import { router } from '@/app/router';",
      filename: file('src/components/x.tsx'),
      errors: [{ messageId: 'sharedToFeature' }],
    },
    {
      ...at('src/hooks/x.ts', "import { App } from '@/app/app';"),
      errors: [{ messageId: 'sharedToFeature' }],
    },
    {
      code: "const m = import('@/app/router');",
      filename: file('src/features/auth/x.ts'),
      errors: [{ messageId: 'featureToApp' }],
    },
    // Cycles, named from the importing module.
    {
      ...fixture('lib/a.ts'),
      errors: [{ messageId: 'cycle', data: { cycle: 'lib/a.ts → lib/b.ts → lib/a.ts' } }],
    },
    {
      ...fixture('lib/b.ts'),
      errors: [{ messageId: 'cycle', data: { cycle: 'lib/b.ts → lib/a.ts → lib/b.ts' } }],
    },
    {
      ...fixture('lib/e.tsx'),
      errors: [
        {
          messageId: 'cycle',
          data: { cycle: 'lib/e.tsx → lib/c.ts → lib/d/index.ts → lib/e.tsx' },
        },
      ],
    },
    // src/main.tsx: no inner module, not statically even if listed, nor lazily unless listed.
    ...[
      "import { captureLaunch } from '@/features/patient-context/launch';",
      "const m = import('@/features/auth/claims');",
      "import { server } from '../mocks/node';",
      "import { renderApp } from '@/testing/render-app';",
    ].map((code) => ({ ...at('src/main.tsx', code), errors: [{ messageId: 'mainZone' }] })),
    {
      ...at('src/testing/x.tsx', "import { seedDrafts } from '@/features/messages/testing';"),
      errors: [
        {
          messageId: 'testingZone',
          data: { feature: 'messages', target: 'src/features/messages/testing' },
        },
      ],
    },
    // mocks/: no app code unless listed, and no values where only types are shared.
    ...[
      "import { paths } from '../../src/config/paths';",
      "import { validateDraft } from '@/features/messages/lib/validate-draft';",
      "import { documentSchema } from '../../src/lib/knowledge/schema';",
      "import { SearchIndex } from '../../src/features/search/engine/search-index';",
    ].map((code) => ({
      ...at('mocks/knowledge/x.ts', code),
      errors: [{ messageId: 'mocksZone' }],
    })),
    // scripts/ and e2e/: no feature's inner modules and no app, unless listed for that file.
    ...[
      at('scripts/x.ts', "import { applyFilters } from '../src/features/inbox/lib/filters';"),
      at('scripts/x.ts', "import type { Case } from '../src/features/inbox/model';"),
      at('scripts/x.mjs', "import { createRoutes } from '../src/app/router';"),
      at('e2e/x.spec.ts', "import { parseClaims } from '../src/features/auth/claims';"),
    ].map((test) => ({ ...test, errors: [{ messageId: 'outsideZone' }] })),
  ],
});
