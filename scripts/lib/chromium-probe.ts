/** The real machine behind `planChromium`: file system, user id, Playwright's install folder. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { ChromiumProbe } from './chromium.ts';

export function machineProbe(): ChromiumProbe {
  return {
    env: process.env,
    exists: existsSync,
    playwrightPath: () => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: existsSync('/usr/bin/apt-get'),
  };
}
