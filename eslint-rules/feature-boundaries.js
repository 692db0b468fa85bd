// Import boundaries (see docs/decisions/0001-stack-and-versions.md). Imports flow one way:
// shared code → features → src/app, and src/main.tsx starts the app.
// - A feature never imports another feature or src/app; route modules in src/app are where
//   features meet. Shared code (components, lib, config, hooks, utils, styles) imports neither.
// - src/main.tsx imports the app, shared code and features' public index; a feature's inner
//   module only by a lazy `import()` listed in the option `lazyEntries`.
// - src/testing reaches a feature only through its index.
// - mocks/ never imports the app's code: client and fake must be able to disagree.
// - scripts/ and e2e/ import mocks/ and shared code, not features' inner modules or the app.
// - No import closes a cycle among the modules of src/ (type-only imports and lazy `import()`
//   don't count: neither runs at module evaluation).
// What is shared on purpose is listed in the option `allow` in eslint.config.js, with the reason.
// A local rule because eslint-plugin-import-x pulls in unrs-resolver, whose platform packages
// npm 11 leaves out of package-lock.json, which breaks `npm ci`.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SHARED = ['components', 'lib', 'config', 'hooks', 'utils', 'styles'];
const INDEX = new Set(['', 'index', 'index.ts', 'index.tsx']);
const EXTENSIONS = ['.ts', '.tsx'];
/** How many modules a cycle's message names before it shortens the rest to "…". */
const CYCLE_SHOWN = 6;

/** Where a static import's specifier ends (`from '…'`, `import '…'`); a match too many is harmless. */
const LAST_IMPORT = /(?:\bfrom|\bimport)\s*['"][^'"\n]*['"]/g;
const PARSE = {
  languageVersion: ts.ScriptTarget.Latest,
  jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
};

const toPosix = (file) => file.split(path.sep).join('/');

/**
 * Where a file (or an import's target) belongs, from its path relative to the root:
 * { area: 'feature', name, inner } | 'app' | 'shared' | 'main' | 'testing' | 'mocks' |
 * 'scripts' | 'e2e'; null outside all of them.
 */
function zoneOf(relative) {
  const parts = relative.split('/');
  const [top, second, third] = parts;
  if (top === 'mocks' || top === 'scripts' || top === 'e2e') return { area: top };
  if (top !== 'src' || !second) return null;
  if (second === 'main' || second === 'main.tsx') return { area: 'main' };
  if (second === 'features' && third) {
    const rest = parts.slice(3).join('/');
    return { area: 'feature', name: third, inner: !INDEX.has(rest) };
  }
  if (second === 'app' || second === 'testing') return { area: second };
  if (SHARED.includes(second)) return { area: 'shared', name: second };
  return null;
}

function resolveSpecifier(specifier, importer, srcDir) {
  if (specifier.startsWith('@/')) return path.join(srcDir, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(importer), specifier);
  return null;
}

/** A glob of paths relative to the root: `**` any folders, `*` any name part. */
function globToRegExp(glob) {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      pattern += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else pattern += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

// ---------------------------------------------------------------------------------------------
// The module graph of src/, read from the files on disk: each module's imports that run when it
// is evaluated. Built lazily and shared by every file of one lint run; a pause of more than two
// seconds between files (an editor linting again later) starts a fresh one.

let graph = null;
let lastUse = 0;

function currentGraph() {
  const now = Date.now();
  if (!graph || now - lastUse > 2000) {
    graph = {
      dirs: new Map(), // folder → Set of its entries' names, or null
      edges: new Map(), // module → modules it imports at evaluation
      index: new Map(), // Tarjan: module → visiting order
      low: new Map(),
      stack: [],
      onStack: new Set(),
      component: new Map(), // module → its strongly connected component (an array)
    };
  }
  lastUse = now;
  return graph;
}

function entriesOf(g, dir) {
  if (!g.dirs.has(dir)) {
    let names = null;
    try {
      names = new Set(fs.readdirSync(dir));
    } catch {
      // no such folder
    }
    g.dirs.set(dir, names);
  }
  return g.dirs.get(dir);
}

function exists(g, file) {
  return entriesOf(g, path.dirname(file))?.has(path.basename(file)) ?? false;
}

/** The .ts/.tsx module an import names (`x`, `x.ts`, `x/index.tsx` …), or null. */
function resolveModule(g, target) {
  if (EXTENSIONS.includes(path.extname(target)) && exists(g, target)) return target;
  for (const extension of EXTENSIONS) {
    if (exists(g, target + extension)) return target + extension;
  }
  for (const extension of EXTENSIONS) {
    const index = path.join(target, `index${extension}`);
    if (exists(g, index)) return index;
  }
  return null;
}

const inside = (file, dir) => file.startsWith(dir + path.sep);

function edgesOf(g, file, srcDir) {
  let edges = g.edges.get(file);
  if (edges) return edges;
  edges = [];
  g.edges.set(file, edges);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return edges;
  }
  // Only the part up to the last static import is parsed: a tenth of the text.
  let end = 0;
  for (const match of text.matchAll(LAST_IMPORT)) end = match.index + match[0].length;
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text.slice(0, end), PARSE, false, kind);
  for (const statement of source.statements) {
    let specifier;
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly || !statement.moduleSpecifier) continue;
      specifier = statement.moduleSpecifier;
    } else continue;
    if (!ts.isStringLiteral(specifier)) continue;
    const target = resolveSpecifier(specifier.text, file, srcDir);
    const resolved = target && inside(target, srcDir) && resolveModule(g, target);
    if (resolved) edges.push(resolved);
  }
  return edges;
}

/** Tarjan's strongly connected components, from one more root; finished modules stay as they are. */
function connect(g, file, srcDir) {
  g.index.set(file, g.index.size);
  g.low.set(file, g.index.get(file));
  g.stack.push(file);
  g.onStack.add(file);
  for (const next of edgesOf(g, file, srcDir)) {
    if (!g.index.has(next)) {
      connect(g, next, srcDir);
      g.low.set(file, Math.min(g.low.get(file), g.low.get(next)));
    } else if (g.onStack.has(next)) {
      g.low.set(file, Math.min(g.low.get(file), g.index.get(next)));
    }
  }
  if (g.low.get(file) === g.index.get(file)) {
    const members = [];
    let member;
    do {
      member = g.stack.pop();
      g.onStack.delete(member);
      members.push(member);
      g.component.set(member, members);
    } while (member !== file);
  }
}

function componentOf(g, file, srcDir) {
  if (!g.index.has(file)) connect(g, file, srcDir);
  return g.component.get(file);
}

/** The shortest way from `from` back to `to` inside one component: [from, …, to]. */
function pathWithin(g, from, to, members, srcDir) {
  const allowed = new Set(members);
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const file = queue.shift();
    if (file === to) break;
    for (const next of edgesOf(g, file, srcDir)) {
      if (allowed.has(next) && !previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  const way = [];
  for (let file = to; file; file = previous.get(file)) way.unshift(file);
  return way;
}

function describeCycle(files, srcDir) {
  const names = files.map((file) => toPosix(path.relative(srcDir, file)));
  if (names.length <= CYCLE_SHOWN + 1) return names.join(' → ');
  return [...names.slice(0, CYCLE_SHOWN - 1), '…', names.at(-1)].join(' → ');
}

// ---------------------------------------------------------------------------------------------

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features apart, shared code free of features, and src/ acyclic.' },
    schema: [
      {
        type: 'object',
        properties: {
          // Inner modules of a feature that src/main.tsx may load with `import()`, e.g.
          // 'src/features/patient-context/launch'.
          lazyEntries: { type: 'array', items: { type: 'string' } },
          // Imports shared on purpose: globs relative to the root for the importing file and
          // the imported module; `typeOnly` allows only `import type`.
          allow: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                from: { type: 'string' },
                to: { type: 'string' },
                typeOnly: { type: 'boolean' },
              },
              required: ['from', 'to'],
              additionalProperties: false,
            },
          },
          // The folder src/, mocks/ … are in; the working directory unless a test says so.
          root: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      otherFeature:
        'En feature importerar inte en annan feature ({{target}}) – sätt ihop dem i src/app.',
      sharedToFeature: 'Delad kod (src/{{importer}}) importerar inte features eller app.',
      featureToApp: 'Features importerar inte från src/app.',
      cycle: 'Importen sluter en cykel: {{cycle}}.',
      mainZone:
        'src/main.tsx importerar app, delad kod och features index, inte {{target}} (lat import() kan listas i lazyEntries).',
      testingZone:
        'src/testing når en feature bara genom dess index (@/features/{{feature}}), inte {{target}}.',
      mocksZone:
        'En mock importerar inte appens kod ({{target}}): klient och mock ska kunna vara oense. Delat med avsikt? Lista det i allow i eslint.config.js.',
      outsideZone:
        '{{importer}}/ importerar mocks/ och delad kod i src, inte {{target}}. Delat med avsikt? Lista det i allow i eslint.config.js.',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = options.root ?? context.cwd;
    const srcDir = path.join(root, 'src');
    const filename = context.filename;
    const importerPath = toPosix(path.relative(root, filename));
    const importer = zoneOf(importerPath);
    if (!importer) return {};
    const lazyEntries = new Set(options.lazyEntries ?? []);
    const allow = (options.allow ?? [])
      .map((entry) => ({ ...entry, from: globToRegExp(entry.from), to: globToRegExp(entry.to) }))
      .filter((entry) => entry.from.test(importerPath));
    const checksCycles = inside(filename, srcDir) && EXTENSIONS.includes(path.extname(filename));

    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const resolvedPath = resolveSpecifier(specifier, filename, srcDir);
      if (!resolvedPath) return;
      const lazy = node.type === 'ImportExpression';
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type';

      if (checksCycles && !lazy && !typeOnly && inside(resolvedPath, srcDir)) {
        const g = currentGraph();
        const targetModule = resolveModule(g, resolvedPath);
        const members = targetModule && componentOf(g, filename, srcDir);
        if (members?.includes(targetModule)) {
          const way = pathWithin(g, targetModule, filename, members, srcDir);
          context.report({
            node: node.source,
            messageId: 'cycle',
            data: { cycle: describeCycle([filename, ...way], srcDir) },
          });
        }
      }

      const targetPath = toPosix(path.relative(root, resolvedPath)).replace(/\.(tsx?|m?js)$/, '');
      const target = zoneOf(targetPath);
      if (!target) return;
      const named = (entry) =>
        entry.to.test(targetPath) ||
        EXTENSIONS.some((extension) => entry.to.test(targetPath + extension));
      if (allow.some((entry) => named(entry) && (typeOnly || !entry.typeOnly))) return;
      const report = (messageId, data = {}) =>
        context.report({ node: node.source, messageId, data: { target: targetPath, ...data } });
      const inSrc = target.area !== 'mocks' && target.area !== 'scripts' && target.area !== 'e2e';

      switch (importer.area) {
        case 'feature':
          if (target.area === 'feature' && target.name !== importer.name) {
            report('otherFeature', { target: target.name });
          } else if (target.area === 'app') report('featureToApp');
          break;
        case 'shared':
          if (target.area === 'feature' || target.area === 'app') {
            report('sharedToFeature', { importer: importer.name });
          }
          break;
        case 'main':
          if (target.area === 'feature' && target.inner) {
            if (!(lazy && lazyEntries.has(targetPath))) report('mainZone');
          } else if (!['app', 'shared', 'feature'].includes(target.area)) report('mainZone');
          break;
        case 'testing':
          if (target.area === 'feature' && target.inner) {
            report('testingZone', { feature: target.name });
          }
          break;
        case 'mocks':
          if (inSrc) report('mocksZone');
          break;
        case 'scripts':
        case 'e2e':
          if (
            (target.area === 'feature' && target.inner) ||
            ['app', 'testing', 'main'].includes(target.area)
          ) {
            report('outsideZone', { importer: importer.area });
          }
          break;
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
