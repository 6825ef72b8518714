/**
 * The guide index, the case library and the audience pages as built, checked against content/:
 * every case labelled a composite, cases and guides linked both ways, filter counts that are
 * true, a valid feed, and every audience page complete. Counts come from content/, never typed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  audienceUrl,
  caseFilterUrl,
  casesPageUrl,
  caseUrl,
  guidesForUrl,
  guideUrl,
  PAGES,
} from '../../src/data/urls';
import { CASES_IN_FEED, CASES_PER_PAGE, caseHas } from '../../src/lib/case-facets';
import { pageCount } from '../../src/lib/pagination';
import { GUIDE_GROUPS } from '../../src/lib/taxonomy';
import { caseFiltersFromContent, readCollection } from '../support/content-files';
import { DIST, page, text } from '../support/dist';
import { linkProblems, listPages } from '../support/case-lists';

const guides = readCollection('guides');
const cases = readCollection('cases');
const audiences = readCollection('audiences');

const fromContent = caseFiltersFromContent();
const caseLike = (id: string) => fromContent.cases.find((c) => c.id === id)!;

/** The case addresses a list shows across its pages (/cases/, /cases/2/…), in order. */
const listedCases = (first: string) => listPages(page, first).flatMap((p) => p.cases);
/** Cases by address, newest first as the lists show them (published, then file name). */
const newestFirst = (ids: readonly string[]) =>
  cases
    .filter((c) => ids.includes(c.id))
    .sort(
      (a, b) =>
        String(b.data['published']).localeCompare(String(a.data['published'])) ||
        a.id.localeCompare(b.id),
    )
    .map((c) => caseUrl(c.id));

describe('the guides', () => {
  it('every slug PRODUCT.md fixes is published', () => {
    const fixed = [
      'shuadan-fanli',
      'xujia-touzi',
      'xujia-daikuan',
      'xujia-gouwu',
      'maochong-kefu',
      'xujia-zhengxin',
      'maochong-lingdao',
      'maochong-gongjianfa',
      'wangluo-hunlian',
      'youxi-jiaoyi',
      'liangka',
      'yanglao-pianju',
      'ai-huanlian',
      'pingmu-gongxiang',
      'zhuixing-fanquan',
      'maochong-yibao',
    ];
    const published = guides.map((g) => g.id);
    expect(fixed.filter((slug) => !published.includes(slug))).toEqual([]);
  });

  it('the index groups every guide under its trap, each card with its rule', () => {
    const main = page(PAGES.guides).querySelector('main')!;
    const headings = [...main.querySelectorAll('h2')].map(text);
    expect(headings.length).toBeGreaterThan(1);
    for (const h of headings) expect(Object.values(GUIDE_GROUPS)).toContain(h);
    const cards = [...main.querySelectorAll('article')];
    expect(cards.map((c) => c.querySelector('a')?.getAttribute('href')).sort()).toEqual(
      guides.map((g) => guideUrl(g.id)).sort(),
    );
    for (const card of cards) expect(text(card.querySelector('p'))).not.toBe('');
  });

  it('each audience filter page lists exactly the guides that name that audience', () => {
    for (const audience of audiences) {
      const listed = [...page(guidesForUrl(audience.id)).querySelectorAll('main article h3 a')].map(
        (a) => a.getAttribute('href'),
      );
      const expected = guides
        .filter((g) => (g.data['audiences'] as string[]).includes(audience.id))
        .map((g) => guideUrl(g.id));
      expect(listed.sort(), audience.id).toEqual(expected.sort());
      const current = page(guidesForUrl(audience.id)).querySelector(
        'main nav a[aria-current="page"]',
      );
      expect(current?.getAttribute('href'), audience.id).toBe(guidesForUrl(audience.id));
    }
  });
});

describe('the case library', () => {
  it('every case page says it is a composite with pseudonyms, at the top and again at the end', () => {
    for (const c of cases) {
      const main = text(page(caseUrl(c.id)).querySelector('main'));
      expect(main.match(/根据同类典型案件改编，人物为化名/g)?.length, c.id).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('every case links its guide, and the guide lists the case among its 相关案例 (or, past the first four, links the page that does)', () => {
    for (const c of cases) {
      const guide = guideUrl(c.data['guide'] as string);
      const link = [...page(caseUrl(c.id)).querySelectorAll('main a')].find((a) =>
        text(a).startsWith('看懂这类骗局'),
      );
      expect(link?.getAttribute('href'), c.id).toBe(guide);
      const related = page(guide).querySelector('section[aria-labelledby="guide-cases"]')!;
      const all = caseFilterUrl('type', c.data['guide'] as string);
      const here = related.querySelectorAll(`a[href="${caseUrl(c.id)}"]`).length === 1;
      const more = related.querySelector(`a[href="${all}"]`) !== null;
      expect(
        here || (more && listedCases(all).includes(caseUrl(c.id))),
        `${guide} lists ${c.id}`,
      ).toBe(true);
    }
  });

  it('the index lists every case once, newest first, at most CASES_PER_PAGE a page', () => {
    const pages = listPages(page, PAGES.cases);
    expect(pages.length).toBe(pageCount(cases.length, CASES_PER_PAGE));
    expect(pages.flatMap((p) => p.cases)).toEqual(newestFirst(cases.map((c) => c.id)));
    for (const p of pages.slice(0, -1)) expect(p.cases.length, p.path).toBe(CASES_PER_PAGE);
    expect(linkProblems(pages, casesPageUrl)).toEqual([]);
  });

  it('each filter shows the true count and links a list of exactly those cases, newest first', () => {
    const filters = [...page(PAGES.cases).querySelectorAll('main details nav a')].map((a) => ({
      href: a.getAttribute('href')!,
      count: Number(/（(\d+)）/.exec(text(a))?.[1]),
    }));
    // One filter for every value of the four dimensions that has at least one case.
    const expected = fromContent.facets.flatMap((f) =>
      f.values.map((v) => ({ key: f.key, slug: v.slug })),
    );
    expect(filters.length).toBe(expected.length);
    for (const { key, slug } of expected) {
      const href = caseFilterUrl(key, slug);
      const want = cases.filter((c) => caseHas(caseLike(c.id), key, slug)).map((c) => c.id);
      expect(filters.find((f) => f.href === href)?.count, href).toBe(want.length);
      const pages = listPages(page, href);
      expect(
        pages.flatMap((p) => p.cases),
        href,
      ).toEqual(newestFirst(want));
      expect(
        linkProblems(pages, (k) => caseFilterUrl(key, slug, k)),
        href,
      ).toEqual([]);
    }
  });

  it(`the feed is well-formed RSS 2.0 listing the newest ${CASES_IN_FEED} cases (all, while fewer), newest first`, () => {
    const xml = readFileSync(join(DIST, PAGES.casesFeed), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: {
        '@_version': string;
        channel: { title: string; item: { title: string; link: string; pubDate: string }[] };
      };
    };
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.title).toContain('冰城反诈');
    const items = rss.rss.channel.item;
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(
      newestFirst(cases.map((c) => c.id)).slice(0, CASES_IN_FEED),
    );
    expect(items.every((i) => i.title.length > 0)).toBe(true);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the audience pages', () => {
  it('the /for/ index links every group', () => {
    const main = page(PAGES.audiences).querySelector('main')!;
    for (const a of audiences)
      expect(main.querySelectorAll(`a[href="${audienceUrl(a.id)}"]`).length, a.id).toBe(1);
  });

  for (const audience of audiences) {
    it(`${audienceUrl(audience.id)} explains the risk, lists its scams, gives a checklist, printable material and cases`, () => {
      const main = page(audienceUrl(audience.id)).querySelector('main')!;
      const h2s = [...main.querySelectorAll('h2')].map(text);
      for (const heading of [
        audience.id === 'warned' ? '预警是什么意思' : '骗子为什么盯上你',
        '防骗清单',
        '可打印材料',
        '已经被骗了',
        '你最该当心的骗局',
        '和你情况相似的案例',
      ]) {
        expect(h2s, heading).toContain(heading);
      }
      expect(
        main.querySelectorAll('section[aria-labelledby="audience-guides"] article').length,
      ).toBeGreaterThanOrEqual(2);
      expect(main.querySelectorAll('.printable').length).toBeGreaterThanOrEqual(1);
    });
  }

  it('the teachers page carries the whole class kit', () => {
    const main = page(audienceUrl('teachers')).querySelector('main')!;
    for (const [id, title] of [
      ['ketang-dagang', '40分钟'],
      ['xuesheng-chuandan', '学生'],
      ['jiazhang-xin', '致家长的一封信'],
    ] as const) {
      expect(text(main.querySelector(`#${id}.printable h2`)), id).toContain(title);
    }
    // The letter to exam-takers is theirs: on the students page, linked from the lesson plan.
    const students = page(audienceUrl('students')).querySelector('main')!;
    expect(text(students.querySelector('#kaoshi-xin.printable h2'))).toContain('考生');
    expect(main.querySelector('a[href="/for/students/#kaoshi-xin"]')).not.toBeNull();
    expect(text(main.querySelector('#ketang-dagang'))).toContain('分钟');
  });

  it('the elderly page speaks to grown children and links the App guide', () => {
    const main = page(audienceUrl('elderly')).querySelector('main')!;
    expect([...main.querySelectorAll('h2')].map(text)).toContain('写给儿女');
    expect(main.querySelectorAll(`a[href="${PAGES.app}"]`).length).toBeGreaterThan(0);
  });

  for (const id of ['finance-staff', 'business-owners']) {
    it(`${audienceUrl(id)} has the printable payment-verification protocol`, () => {
      const pieces = [...page(audienceUrl(id)).querySelectorAll('main .printable')].map(text);
      expect(pieces.some((p) => p.includes('回拨') && p.includes('审批'))).toBe(true);
    });
  }
});
