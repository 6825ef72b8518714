/**
 * Finds a Chromium for the end-to-end tests, or decides how to get one.
 * Order: $CHROMIUM_PATH, a system browser, Playwright's own. Of the system browsers, Debian's
 * chromium-headless-shell comes first: the same engine and version as its chromium, built for
 * headless runs only (what Playwright itself runs headless tests in), and it halves the time of
 * the browser tests on a 2-core machine. Debian's full chromium is the fallback.
 * Pure logic (the probe is passed in) so that each branch is unit-tested.
 */

/** Flags for Chromium on a locked-down machine: no sandbox as root, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Browsers we accept from the system, most likely first. */
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

export const APT_INSTALL =
  'apt-get update && apt-get install -y chromium-headless-shell fonts-noto-cjk';
export const PLAYWRIGHT_INSTALL = 'npx playwright install chromium';

export interface ChromiumProbe {
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium would be, installed or not. */
  playwrightPath: () => string | undefined;
  isRoot: boolean;
  hasApt: boolean;
}

export type ChromiumPlan =
  | { kind: 'found'; path: string; source: 'CHROMIUM_PATH' | 'system' | 'playwright' }
  | { kind: 'install'; via: 'apt' | 'playwright'; command: string }
  | { kind: 'error'; message: string };

/** Decides which Chromium to use, or how to install one. */
export function planChromium(probe: ChromiumProbe): ChromiumPlan {
  const fromEnv = probe.env['CHROMIUM_PATH']?.trim();
  if (fromEnv) {
    return probe.exists(fromEnv)
      ? { kind: 'found', path: fromEnv, source: 'CHROMIUM_PATH' }
      : {
          kind: 'error',
          message: `CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. Fix the path or unset it.`,
        };
  }
  const system = SYSTEM_CANDIDATES.find((path) => probe.exists(path));
  if (system) return { kind: 'found', path: system, source: 'system' };

  const bundled = probe.playwrightPath();
  if (bundled && probe.exists(bundled))
    return { kind: 'found', path: bundled, source: 'playwright' };

  if (probe.isRoot && probe.hasApt) return { kind: 'install', via: 'apt', command: APT_INSTALL };
  return { kind: 'install', via: 'playwright', command: PLAYWRIGHT_INSTALL };
}

/**
 * The full browser for Lighthouse (`npm run bench`), which runs it with --headless=new: the
 * headless shell lacks parts Lighthouse reads. $CHROMIUM_PATH if set, else the first full
 * system browser; undefined when there is none.
 */
export function fullChromium(probe: Pick<ChromiumProbe, 'env' | 'exists'>): string | undefined {
  const fromEnv = probe.env['CHROMIUM_PATH']?.trim();
  if (fromEnv) return probe.exists(fromEnv) ? fromEnv : undefined;
  return SYSTEM_CANDIDATES.filter((path) => !path.includes('headless-shell')).find((path) =>
    probe.exists(path),
  );
}

/** The message shown when no browser could be found or installed. */
export function missingBrowserMessage(tried?: string): string {
  return [
    'No Chromium found for the end-to-end tests.',
    tried ? `Tried: ${tried} (it failed).` : '',
    'Install one, then run npm test again:',
    `  Debian/Ubuntu (as root):  ${APT_INSTALL}`,
    `  elsewhere:                ${PLAYWRIGHT_INSTALL}`,
    '  or point CHROMIUM_PATH at an existing Chrome/Chromium binary.',
  ]
    .filter(Boolean)
    .join('\n');
}
