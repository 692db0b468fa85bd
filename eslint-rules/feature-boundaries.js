// Import boundaries between features (see docs/decisions/0001-stack-and-versions.md):
// a feature never imports another feature, shared code never imports features or the app,
// and features never import the app. Route modules in src/app are where features meet.
// A local rule because eslint-plugin-import-x pulls in unrs-resolver, whose platform
// packages npm 11 leaves out of package-lock.json, which breaks `npm ci`.
import path from 'node:path';

const SHARED = ['components', 'lib', 'config', 'hooks', 'utils'];

/** Which part of src/ a file belongs to: { area: 'feature', name } | { area: 'shared' } | { area: 'app' }. */
function zoneOf(file, srcDir) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..')) return null;
  const [top, second] = relative.split(path.sep);
  if (top === 'features' && second) return { area: 'feature', name: second };
  if (top === 'app') return { area: 'app' };
  if (SHARED.includes(top)) return { area: 'shared', name: top };
  return null;
}

function resolveSpecifier(specifier, importer, srcDir) {
  if (specifier.startsWith('@/')) return path.join(srcDir, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(importer), specifier);
  return null;
}

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features apart and shared code free of features.' },
    schema: [],
    messages: {
      otherFeature:
        'En feature importerar inte en annan feature ({{target}}) – sätt ihop dem i src/app.',
      sharedToFeature: 'Delad kod (src/{{importer}}) importerar inte features eller app.',
      featureToApp: 'Features importerar inte från src/app.',
    },
  },
  create(context) {
    const srcDir = path.join(context.cwd, 'src');
    const importer = zoneOf(context.filename, srcDir);
    if (!importer) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const resolved = resolveSpecifier(specifier, context.filename, srcDir);
      const target = resolved && zoneOf(resolved, srcDir);
      if (!target) return;
      if (
        importer.area === 'feature' &&
        target.area === 'feature' &&
        target.name !== importer.name
      ) {
        context.report({
          node: node.source,
          messageId: 'otherFeature',
          data: { target: target.name },
        });
      } else if (
        importer.area === 'shared' &&
        (target.area === 'feature' || target.area === 'app')
      ) {
        context.report({
          node: node.source,
          messageId: 'sharedToFeature',
          data: { importer: importer.name },
        });
      } else if (importer.area === 'feature' && target.area === 'app') {
        context.report({ node: node.source, messageId: 'featureToApp' });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
