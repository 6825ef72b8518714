/**
 * 近期提醒 and the 防骗日历 as built, against content/ and the build's own day (as /alerts/ states
 * it, so the checks hold whatever day the site was built): the current alerts on the home page,
 * their guides, /alerts/ and the feed; the expired ones in the archive only; the month marked on
 * the calendar; and every group message short enough for a WeChat group, ending in its page's
 * address. tests/build/alerts-dated.test.ts builds a copy on a fixed day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { alertUrl, guideUrl, PAGES } from '../../src/data/urls';
import { monthOf } from '../../src/lib/alerts';
import { charCount, GROUP_MESSAGE_MAX } from '../../src/lib/group-message';
import { alertsOn, builtDay, currentOf, expiredOf } from '../support/alerts';
import { readCollection } from '../support/content-files';
import { DIST, page, sitePaths, text } from '../support/dist';

const today = builtDay();
const alerts = alertsOn(today);
const current = currentOf(alerts);
const expired = expiredOf(alerts);
const links = (root: Element | null | undefined, selector = 'a') =>
  [...(root?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute('href'));

describe(`近期提醒 as built on ${today}`, () => {
  it('the seed alerts keep something current on the day of the build', () => {
    expect(current.length).toBeGreaterThan(0);
  });

  it('/alerts/ lists the current alerts newest first, then the expired ones in the archive', () => {
    const main = page(PAGES.alerts).querySelector('main');
    expect(links(main?.querySelector('[data-alerts-current]'), 'h3 a')).toEqual(
      current.map((a) => alertUrl(a.id)),
    );
    expect(links(main?.querySelector('[data-alerts-archive]'))).toEqual(
      expired.map((a) => alertUrl(a.id)),
    );
  });

  it('the home page shows the latest two or three current alerts under the urgent box, no expired one', () => {
    const home = page(PAGES.home);
    const slot = home.querySelector('#home-alerts');
    expect(slot?.previousElementSibling?.id).toBe('urgent');
    expect(links(slot, 'li a')).toEqual(current.slice(0, 3).map((a) => alertUrl(a.id)));
    expect(links(slot)).toContain(PAGES.alerts);
  });

  it('each guide shows its current alerts and no expired one', () => {
    for (const guide of readCollection('guides')) {
      const mine = current.filter((a) => a.guides.includes(guide.id)).map((a) => alertUrl(a.id));
      const slot = page(guideUrl(guide.id)).querySelector('#guide-alerts');
      expect(links(slot, 'li a'), guide.id).toEqual(mine);
    }
  });

  it('every current and expired alert has its page, saying when it is shown; an upcoming one has none', () => {
    const paths = sitePaths();
    for (const a of alerts) {
      expect(paths.includes(alertUrl(a.id)), a.id).toBe(a.status !== 'upcoming');
      if (a.status === 'upcoming') continue;
      const main = page(alertUrl(a.id)).querySelector('main')!;
      const times = [...main.querySelectorAll('header time')].map((t) =>
        t.getAttribute('datetime'),
      );
      expect(times, a.id).toEqual([a.window.start, a.window.end]);
      expect(main.querySelector('[data-alert-expired]') !== null, a.id).toBe(
        a.status === 'expired',
      );
      // Only current alerts are searchable; an expired one keeps its page for links already shared.
      expect(main.hasAttribute('data-pagefind-body'), a.id).toBe(a.status === 'current');
      expect(links(main.querySelector('section[aria-labelledby="alert-guides"]')), a.id).toEqual(
        a.guides.map(guideUrl),
      );
    }
  });

  it('the feed is well-formed RSS 2.0 listing exactly the current alerts, newest first', () => {
    const xml = readFileSync(join(DIST, PAGES.alertsFeed), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'item',
    }).parse(xml) as {
      rss: {
        '@_version': string;
        channel: {
          title: string;
          item?: { title: string; link: string; pubDate: string; guid: { '#text': string } }[];
        };
      };
    };
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.title).toContain('近期提醒');
    const items = rss.rss.channel.item ?? [];
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(current.map((a) => alertUrl(a.id)));
    expect(items.map((i) => i.title)).toEqual(current.map((a) => a.file.data['title']));
    const dates = items.map((i) => new Date(i.pubDate).toISOString().slice(0, 10));
    expect(dates).toEqual(current.map((a) => a.window.start));
    // A yearly alert is a new item each year: its guid names the window.
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
  });

  it('/alerts/ says which feed a group admin should subscribe to, and links it in its head', () => {
    const doc = page(PAGES.alerts);
    expect(text(doc.querySelector('main'))).toContain('管理员');
    expect(links(doc.querySelector('main'))).toContain(PAGES.alertsFeed);
    expect(
      doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
    ).toBe(PAGES.alertsFeed);
  });

  it('readers find /alerts/: the site navigation, the home page and /toolkit/ link it', () => {
    expect(links(page(PAGES.help).querySelector('#site-nav'))).toContain(PAGES.alerts);
    expect(links(page(PAGES.home).querySelector('main'))).toContain(PAGES.alerts);
    expect(links(page(PAGES.toolkit).querySelector('main'))).toContain(PAGES.alerts);
    expect(links(page(PAGES.alerts).querySelector('main'))).toContain(PAGES.calendar);
  });
});

describe('the 防骗日历', () => {
  const calendar = page(PAGES.calendar);
  const months = [...calendar.querySelectorAll('[data-calendar] > li')];

  it('has the twelve months in order, each with the guides it names', () => {
    expect(months.map((m) => m.id)).toEqual(Array.from({ length: 12 }, (_, i) => `month-${i + 1}`));
    for (const month of months) {
      expect(month.querySelectorAll('a[href^="/guides/"]').length, month.id).toBeGreaterThan(0);
    }
  });

  it('marks the month of the build, only that one, and says when it was built', () => {
    const marked = months.filter((m) => m.getAttribute('aria-current') === 'date');
    expect(marked.map((m) => m.id)).toEqual([`month-${monthOf(today)}`]);
    expect(text(marked[0]!.querySelector('h2'))).toContain('本月');
    expect(calendar.querySelector('main [data-build-date]')?.getAttribute('datetime')).toBe(today);
    expect(links(calendar.querySelector('main'))).toContain(`#month-${monthOf(today)}`);
  });

  it('speaks of what is common, never in figures', () => {
    const body = text(calendar.querySelector('[data-calendar]'));
    expect(body).toMatch(/常见|容易出现/);
    expect(body).not.toMatch(/\d+(?:\.\d+)?\s*[%％]|[成倍]以上|同比|环比/);
  });
});

describe('复制群消息 (group messages)', () => {
  const withMessage = [
    ...readCollection('guides').map((g) => guideUrl(g.id)),
    ...alerts.filter((a) => a.status !== 'upcoming').map((a) => alertUrl(a.id)),
  ];

  for (const path of withMessage) {
    it(`${path}: the message is at most ${GROUP_MESSAGE_MAX} characters, ends with the page's address, and sits in a box to select`, () => {
      const doc = page(path);
      const box = doc.querySelector('textarea[data-share-message]');
      expect(box?.hasAttribute('readonly')).toBe(true);
      expect(doc.querySelector(`label[for="${box?.id}"]`)).not.toBeNull();
      const message = box!.textContent!;
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(charCount(message)).toBeLessThanOrEqual(GROUP_MESSAGE_MAX);
      expect(message.endsWith(canonical)).toBe(true);
      expect(message).toMatch(/^【冰城反诈提醒】/);
    });
  }

  it('a message names the sign to watch for and what to do', () => {
    const [first] = current;
    const message = page(alertUrl(first!.id)).querySelector('[data-share-message]')!.textContent!;
    expect(message).toContain(String(first!.file.data['sign']).replace(/[。！]$/, ''));
    expect(message).toContain(String(first!.file.data['action']).replace(/[。！]$/, ''));
  });
});
