import { describe, expect, it } from 'vitest';
import {
  APT_INSTALL,
  fullChromium,
  missingBrowserMessage,
  planChromium,
  PLAYWRIGHT_INSTALL,
  type ChromiumProbe,
} from '../../scripts/lib/chromium';

const probe = (over: Partial<ChromiumProbe> & { files?: string[] } = {}): ChromiumProbe => {
  const files = new Set(over.files ?? []);
  return {
    env: {},
    exists: (p) => files.has(p),
    playwrightPath: () => '/home/x/.cache/ms-playwright/chromium/chrome',
    isRoot: false,
    hasApt: false,
    ...over,
  };
};

describe('planChromium', () => {
  it('uses CHROMIUM_PATH first when the file exists', () => {
    const plan = planChromium(
      probe({ env: { CHROMIUM_PATH: '/opt/c' }, files: ['/opt/c', '/usr/bin/chromium'] }),
    );
    expect(plan).toEqual({ kind: 'found', path: '/opt/c', source: 'CHROMIUM_PATH' });
  });
  it('stops with a clear message when CHROMIUM_PATH points nowhere', () => {
    const plan = planChromium(
      probe({ env: { CHROMIUM_PATH: '/nope' }, files: ['/usr/bin/chromium'] }),
    );
    expect(plan.kind).toBe('error');
    expect(plan.kind === 'error' && plan.message).toContain('/nope');
  });
  it("finds Debian's Chromium", () => {
    expect(planChromium(probe({ files: ['/usr/bin/chromium'] }))).toMatchObject({
      path: '/usr/bin/chromium',
      source: 'system',
    });
  });
  it("prefers Debian's headless shell to its full Chromium when both are there", () => {
    const files = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'];
    expect(planChromium(probe({ files }))).toMatchObject({
      path: '/usr/bin/chromium-headless-shell',
      source: 'system',
    });
  });
  it("falls back to Playwright's own browser when it is installed", () => {
    const plan = planChromium(probe({ files: ['/home/x/.cache/ms-playwright/chromium/chrome'] }));
    expect(plan).toMatchObject({ kind: 'found', source: 'playwright' });
  });
  it("installs Debian's package as root with apt", () => {
    expect(planChromium(probe({ isRoot: true, hasApt: true }))).toEqual({
      kind: 'install',
      via: 'apt',
      command: APT_INSTALL,
    });
  });
  it('otherwise asks Playwright to download its browser', () => {
    expect(planChromium(probe({ isRoot: false, hasApt: true }))).toEqual({
      kind: 'install',
      via: 'playwright',
      command: PLAYWRIGHT_INSTALL,
    });
  });
  it('the failure message gives the exact commands', () => {
    const text = missingBrowserMessage(APT_INSTALL);
    expect(text).toContain(APT_INSTALL);
    expect(text).toContain(PLAYWRIGHT_INSTALL);
    expect(text).toContain('CHROMIUM_PATH');
  });
});

describe('fullChromium (for Lighthouse in npm run bench)', () => {
  it('takes the full browser, never the headless shell', () => {
    const files = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
    expect(fullChromium(probe({ files }))).toBe('/usr/bin/chromium');
    expect(fullChromium(probe({ files: ['/usr/bin/chromium-headless-shell'] }))).toBeUndefined();
  });
  it('CHROMIUM_PATH overrides it, and a wrong one finds nothing', () => {
    const files = ['/opt/chrome', '/usr/bin/chromium'];
    expect(fullChromium(probe({ env: { CHROMIUM_PATH: '/opt/chrome' }, files }))).toBe(
      '/opt/chrome',
    );
    expect(fullChromium(probe({ env: { CHROMIUM_PATH: '/nope' }, files }))).toBeUndefined();
  });
});
