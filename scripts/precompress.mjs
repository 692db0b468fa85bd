/**
 * npm run build, last step: writes a Brotli copy (`<file>.br`) of every text file in dist/ that
 * is worth compressing. A host serves it with `Content-Encoding: br` to browsers that accept it
 * (all current ones), `vite preview` included (vite.config.ts); the search index and the app's
 * code are about a quarter smaller than with gzip. See docs/decisions/0010-brotli-assets.md.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const DIST = 'dist';
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg']);
/** Below this, compressing saves less than a packet. */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality is slow (about 1 MB/s) and gains most on large files: the search index
 * and the big chunks get it, the hundreds of small pages get the fast level 9.
 */
const MAX_QUALITY_FROM_BYTES = 64 * 1024;

function* textFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT.has(extname(entry.name)) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

const started = performance.now();
let before = 0;
let after = 0;
for (const file of textFiles(DIST)) {
  const content = readFileSync(file);
  const compressed = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]:
        content.length >= MAX_QUALITY_FROM_BYTES ? constants.BROTLI_MAX_QUALITY : 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${file}.br`, compressed);
  before += content.length;
  after += compressed.length;
}
console.info(
  `Brotli: ${(before / 1024 / 1024).toFixed(1)} MB → ${(after / 1024 / 1024).toFixed(1)} MB ` +
    `på ${Math.round(performance.now() - started)} ms.`,
);
