/**
 * Run by tests/build/fixture-site.test.ts, over its shared build (tests/support/fixture-site.ts).
 * A build of a copy of the site on a fixed day (BUILD_DATE=2027-01-20), with three test
 * alerts beside the seed ones (tests/fixtures/alerts/): one that ended in December, one that began
 * five days before, one that begins in March. What an editor relies on: the next build drops the
 * expired alert from the home page, its guide and the feed and keeps it in the archive; puts the
 * new one everywhere; publishes nothing early; shows a yearly reminder with this year's dates;
 * and marks January on the calendar.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ALERT_FIXTURES, FIXTURE_DAY, site } from '../../support/fixture-site';
import { alertUrl, guideUrl, PAGES } from '../../../src/data/urls';
import { alertsOn, builtDay, currentOf } from '../../support/alerts';
import { readYamlCollection, readYamlFile } from '../../support/content-files';

const DAY = FIXTURE_DAY;
const FIXTURES = ALERT_FIXTURES;
const fixtures = readdirSync(FIXTURES).map((f) => readYamlFile(join(FIXTURES, f)));

const page = (path: string): Document =>
  parseHTML(
    readFileSync(join(site.dir, 'dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8'),
  ).document as unknown as Document;
const hrefs = (root: Element | null | undefined, selector = 'a') =>
  [...(root?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute('href'));
const exists = (path: string) => {
  try {
    page(path);
    return true;
  } catch {
    return false;
  }
};

describe(`a build on ${DAY} (BUILD_DATE)`, () => {
  const expected = alertsOn(DAY, [...readYamlCollection('alerts'), ...fixtures]);
  const current = currentOf(expected);
  const past = alertUrl('past-one-off');
  const fresh = alertUrl('current-one-off');

  it('succeeds and counts that day as today', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(builtDay(page)).toBe(DAY);
  });

  it('the home page shows the newest current alerts, the new one first, and not the expired one', () => {
    const slot = hrefs(page(PAGES.home).querySelector('#home-alerts'), 'li a');
    expect(slot[0]).toBe(fresh);
    expect(slot).toEqual(current.slice(0, 3).map((a) => alertUrl(a.id)));
    expect(slot).not.toContain(past);
  });

  it('the guide the alerts concern shows the current one only', () => {
    const slot = hrefs(page(guideUrl('liangka')).querySelector('#guide-alerts'), 'li a');
    expect(slot).toContain(fresh);
    expect(slot).not.toContain(past);
  });

  it('/alerts/ lists the new alert among the current ones and the expired one in the archive', () => {
    const main = page(PAGES.alerts).querySelector('main');
    expect(hrefs(main?.querySelector('[data-alerts-current]'), 'h3 a')).toContain(fresh);
    expect(hrefs(main?.querySelector('[data-alerts-archive]'))).toContain(past);
    expect(page(past).querySelector('[data-alert-expired]')).not.toBeNull();
    expect(page(fresh).querySelector('[data-alert-expired]')).toBeNull();
  });

  it('the new alert without an expiry is shown for 30 days, and names its source', () => {
    const times = [...page(fresh).querySelectorAll('main header time')].map((t) =>
      t.getAttribute('datetime'),
    );
    expect(times).toEqual(['2027-01-15', '2027-02-13']);
    expect(page(fresh).querySelector('main footer')?.textContent).toContain(
      '哈尔滨市公安局反电信网络诈骗中心',
    );
  });

  it('the feed lists the new alert and not the expired one', () => {
    const xml = readFileSync(join(site.dir, 'dist', PAGES.alertsFeed), 'utf8');
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.slice(1)).toEqual(current.map((a) => alertUrl(a.id)));
    expect(links).toContain(fresh);
    expect(links).not.toContain(past);
  });

  it('an alert whose first day has not come is not published anywhere', () => {
    expect(exists(alertUrl('not-yet'))).toBe(false);
    expect(readFileSync(join(site.dir, 'dist', 'sitemap-0.xml'), 'utf8')).not.toContain('not-yet');
  });

  it('a yearly reminder shows this year’s window', () => {
    const times = [...page(alertUrl('chunyun-gaiqian')).querySelectorAll('main header time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2027-01-10', '2027-02-28']);
  });

  it('the calendar marks January and says the page was built on that day', () => {
    const calendar = page(PAGES.calendar);
    const marked = [...calendar.querySelectorAll('[data-calendar] > li[aria-current="date"]')];
    expect(marked.map((m) => m.id)).toEqual(['month-1']);
    expect(calendar.querySelector('main [data-build-date]')?.textContent).toBe('2027年1月20日');
  });
});
