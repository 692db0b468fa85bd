// @vitest-environment node
import path from 'node:path';
import { RuleTester } from 'eslint';
import { featureBoundaries } from './feature-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const file = (relative: string) => path.join(process.cwd(), relative);

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
      code: "const m = import('@/app/router');",
      filename: file('src/features/auth/x.ts'),
      errors: [{ messageId: 'featureToApp' }],
    },
  ],
});
