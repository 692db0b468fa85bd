import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const html = readFileSync(process.argv[2] ?? 'dist/spa.html', 'utf8');
const files = [...html.matchAll(/"(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const f of new Set(files)) {
  const n = gzipSync(readFileSync('dist' + f)).length;
  total += n;
  console.log(f, (n / 1024).toFixed(1));
}
console.log('total', (total / 1024).toFixed(1));
