/**
 * Run before the end-to-end tests (npm run test:e2e): makes sure a Chromium is there.
 * Finds one by itself; if none, installs Debian's package (as root with apt) or
 * Playwright's download (elsewhere), saying what it does; if that fails, stops with
 * the exact command to run.
 */
import { execSync } from 'node:child_process';
import { missingBrowserMessage, planChromium } from './lib/chromium.ts';
import { machineProbe } from './lib/chromium-probe.ts';

const plan = planChromium(machineProbe());

if (plan.kind === 'found') {
  console.log(`Chromium for the tests: ${plan.path} (${plan.source})`);
} else if (plan.kind === 'error') {
  console.error(plan.message);
  process.exit(1);
} else {
  console.log(`No Chromium found. Installing one with: ${plan.command}`);
  try {
    execSync(plan.command, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(missingBrowserMessage(plan.command));
    process.exit(1);
  }
  const after = planChromium(machineProbe());
  if (after.kind !== 'found') {
    console.error(missingBrowserMessage(plan.command));
    process.exit(1);
  }
  console.log(`Chromium for the tests: ${after.path} (${after.source})`);
}
