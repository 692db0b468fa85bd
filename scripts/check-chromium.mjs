// The end-to-end tests drive Debian's Chromium (Playwright's own browser download does not
// work here). Say clearly what is missing instead of failing deep inside Playwright.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `\nChromium saknas: hittade ingen körbar fil på ${path}.\n` +
      'Installera Debians paket:  sudo apt-get install -y chromium\n' +
      'eller ange sökvägen:        CHROMIUM_PATH=/sökväg/till/chromium npm test\n',
  );
  process.exit(1);
}
