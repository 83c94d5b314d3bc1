// The end-to-end tests drive Debian's own browsers (never one a package downloads): Chromium
// through Playwright and Firefox ESR through Puppeteer. This installs whichever is missing with
// apt-get when running as root (CI, a fresh container), and otherwise stops at once with the
// command to run. Run first by `npm run test:e2e`, and as the e2e config's global setup.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface NeededBrowser {
  name: string;
  path: string;
  /** The Debian package that puts a browser at `path`, unless the path was overridden. */
  debianPackage?: string;
}

function neededBrowsers(): NeededBrowser[] {
  const debianChromium = !process.env.CHROMIUM_PATH;
  return [
    { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debianPackage: debianChromium ? 'chromium' : undefined },
    // Chromium speaks only US English without its translations, and so would the extension in it.
    ...(debianChromium ? [{ name: 'Chromium’s German UI', path: '/usr/lib/chromium/locales/de.pak', debianPackage: 'chromium-l10n' }] : []),
    { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', debianPackage: process.env.FIREFOX_PATH ? undefined : 'firefox-esr' },
    ...(process.env.FIREFOX_PATH
      ? []
      : [{ name: 'Firefox ESR’s German UI', path: '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi', debianPackage: 'firefox-esr-l10n-de' }]),
  ];
}

/** The one command that installs both browsers, for a developer who is not root. */
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-de';

/** Installs missing browsers as root; otherwise throws with the one command that installs them. */
export function ensureBrowsers(): void {
  const missing = neededBrowsers().filter((browser) => !existsSync(browser.path));
  if (missing.length === 0) return;
  const list = missing.map((browser) => `${browser.name} (${browser.path})`).join(' and ');
  const overridden = missing.filter((browser) => !browser.debianPackage);
  if (overridden.length > 0) {
    throw new Error(`End-to-end tests need ${list}: CHROMIUM_PATH / FIREFOX_PATH point to no file. Fix the path, or unset it to use Debian's browser.`);
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      `End-to-end tests need ${list}, which ${missing.length > 1 ? 'are' : 'is'} not installed. Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n  ${INSTALL_COMMAND}\n`,
    );
  }
  const packages = missing.map((browser) => browser.debianPackage!);
  console.log(`Installing ${packages.join(' ')} for the end-to-end tests (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
  const stillMissing = neededBrowsers().filter((browser) => !existsSync(browser.path));
  if (stillMissing.length > 0) throw new Error(`apt-get installed ${packages.join(' ')}, but ${stillMissing.map((browser) => browser.path).join(' and ')} is still missing`);
}

/** Vitest global setup (vitest.e2e.config.ts). */
export default function setup(): void {
  ensureBrowsers();
}

// As a script: `tsx tests/e2e/ensure-browsers.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureBrowsers();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
