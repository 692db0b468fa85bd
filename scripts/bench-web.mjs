/**
 * npm run bench:web – page performance figures, not a test. Builds the app, serves the
 * production build locally and runs Lighthouse (mobile preset: a mid-range phone on a slow 4G
 * connection, simulated) three times per page in Debian's Chromium; prints the median of each
 * figure. "JS" is the JavaScript transferred (compressed) while the page loads, "API" what the
 * page fetched from /api. The backends are the shared mock-API service (mocks/server) and the
 * search service (mocks/search), started beside the build as `npm start` does: no mock code
 * reaches the browser. The search service holds a generated corpus of BENCH_WEB_DOCS documents
 * (default 50,000), so the search page is measured at the scale of a national corpus.
 *
 * Lighthouse's figures are simulated from one fast load, and the simulation leaves out what a
 * Web Worker fetches – the search page's index. "LCP uppmätt" is therefore measured as well:
 * the same page loaded again under real throttling (Lighthouse's devtools method, which is the
 * harsher of the two), where the index's download counts as a phone would feel it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const MOCK_API_PORT = 4482;
const SEARCH_PORT = 4483;
const SEARCH_DOCS = Number(process.env.BENCH_WEB_DOCS ?? 50000);
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = 3;
const PAGES = [
  { name: 'Startsida', path: '/' },
  { name: 'Artikel', path: '/kunskap/perifer-venkateter-pvk' },
  // A word the generated corpus has too: the results paint, not an empty state.
  { name: 'Sök', path: '/sok?q=urinkateter' },
];
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function waitFor(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function figures(lhr) {
  const items = lhr.audits['network-requests'].details.items;
  const scripts = items.filter((item) => item.resourceType === 'Script');
  const api = items.filter((item) => new URL(item.url).pathname.startsWith('/api/'));
  const kb = (list) => list.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024;
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    bestPractices: lhr.categories['best-practices'].score * 100,
    lcp: lhr.audits['largest-contentful-paint'].numericValue / 1000,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    appJs: kb(scripts),
    apiData: kb(api),
  };
}

/**
 * The app's start-up JavaScript: what the start page's HTML loads (after its first paint, see
 * scripts/prerender.mjs) before anything else.
 */
function entryJsGzip() {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = new Set([...html.matchAll(/"\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  if (files.size === 0)
    throw new Error('dist/index.html laddar inget JavaScript – har bygget ändrats?');
  return (
    [...files].reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length, 0) / 1024
  );
}

/** One Lighthouse run; 'simulate' is Lighthouse's default, 'devtools' throttles for real. */
async function audit(chrome, path, throttlingMethod) {
  const result = await lighthouse(
    `${ORIGIN}${path}`,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories:
        throttlingMethod === 'simulate'
          ? ['performance', 'accessibility', 'best-practices']
          : ['performance'],
    },
    { extends: 'lighthouse:default', settings: { throttlingMethod } },
  );
  if (!result) throw new Error(`Lighthouse gav inget resultat för ${path}`);
  if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
  return result.lhr;
}

// --no-build measures the build already in dist/.
// The pages measured are the prerendered texts, which a build makes only when told (the
// direct launch stays off: it changes nothing measured).
if (!process.argv.includes('--no-build')) {
  run('npm', ['run', 'build'], { ...process.env, VITE_API_MOCKING: 'on' });
}
const corpusDir = mkdtempSync(join(tmpdir(), 'bench-web-corpus-'));
run('npx', ['tsx', 'scripts/search/write-corpus.ts', corpusDir, String(SEARCH_DOCS)]);
const search = spawn('npx', ['tsx', 'mocks/search/main.ts'], {
  stdio: 'ignore',
  detached: true,
  env: {
    ...process.env,
    SEARCH_PORT: String(SEARCH_PORT),
    KNOWLEDGE_DIR: corpusDir,
    NODE_OPTIONS: '--max-old-space-size=8192',
  },
});
const mockApi = spawn('npx', ['tsx', 'mocks/server/main.ts', '--fresh'], {
  stdio: 'ignore',
  detached: true,
  env: {
    ...process.env,
    MOCK_API_PORT: String(MOCK_API_PORT),
    MOCK_STATE_DIR: '.mock-state/bench',
  },
});
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
  env: {
    ...process.env,
    MOCK_API_ORIGIN: `http://localhost:${MOCK_API_PORT}`,
    SEARCH_ORIGIN: `http://localhost:${SEARCH_PORT}`,
  },
});
const stopServer = () => {
  for (const child of [server, mockApi, search]) {
    try {
      process.kill(-child.pid);
    } catch {
      // already gone
    }
  }
};
process.on('exit', stopServer);

try {
  await waitFor(ORIGIN);
  await waitFor(`${ORIGIN}/api/knowledge/v1/sources`);
  // Validating and indexing 50,000 documents takes about a minute.
  await waitFor(`${ORIGIN}/api/search/v1/search?q=urinkateter`, 180_000);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows = [];
  try {
    for (const { name, path } of PAGES) {
      const runs = [];
      const observedLcp = [];
      for (let i = 0; i < RUNS; i += 1) {
        runs.push(figures(await audit(chrome, path, 'simulate')));
        const observed = await audit(chrome, path, 'devtools');
        observedLcp.push(observed.audits['largest-contentful-paint'].numericValue / 1000);
      }
      const pick = (key) => median(runs.map((r) => r[key]));
      rows.push({
        Sida: `${name} (${path})`,
        Prestanda: Math.round(pick('performance')),
        Tillgänglighet: Math.round(pick('accessibility')),
        'Bästa praxis': Math.round(pick('bestPractices')),
        'LCP (s)': pick('lcp').toFixed(2),
        'LCP uppmätt (s)': median(observedLcp).toFixed(2),
        'TBT (ms)': Math.round(pick('tbt')),
        CLS: pick('cls').toFixed(3),
        'JS app (KB)': pick('appJs').toFixed(1),
        'API (KB)': pick('apiData').toFixed(1),
      });
    }
  } finally {
    await chrome.kill();
  }
  console.info(
    `\nLighthouse ${RUNS} körningar per sida, mobil förinställning, median. LCP uppmätt = med verklig strypning (devtools). JS = överförd JavaScript (komprimerad).`,
  );
  console.table(rows);
  console.info(`Startsidans JavaScript i index.html (gzip): ${entryJsGzip().toFixed(1)} KB`);
  console.info(`Söktjänsten höll ${SEARCH_DOCS} genererade dokument.`);
} finally {
  stopServer();
  rmSync(corpusDir, { recursive: true, force: true });
}
