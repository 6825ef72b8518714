/**
 * Every built page quotes only the hotlines and law articles FACTS.md supports, and every
 * phone link dials 110 or 96110. Runs over dist/, so `npm run build` must come first (npm test does).
 * The quiz bank is checked at its source too (content/quiz/): a question's answer and explanation
 * may sit in a page's data or behind a button, where the page text check cannot see them. So are
 * the alerts (content/alerts/: one not yet shown has no page) and the 防骗日历 (content/calendar.yaml).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsupportedArticles, wrongClaims, wrongNumbers } from '../../src/lib/fact-check';
import { builtPages, DIST } from '../support/dist';
import { t } from '../../src/i18n/zh-CN';
import { readYamlCollection } from '../support/content-files';
import { parse } from 'yaml';

/** Visible text of a page: scripts, styles and tags removed, entities that matter decoded. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

describe('facts on every built page', () => {
  const pages = builtPages();

  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const file of pages) {
    const name = relative(DIST, file);
    it(`${name}: only 110 / 96110 hotlines, supported law articles, no known wrong claim, no raw Markdown`, () => {
      const html = readFileSync(file, 'utf8');
      const text = textOf(html);
      expect(wrongNumbers(text), 'phone numbers not in FACTS.md').toEqual([]);
      expect(unsupportedArticles(text), 'law articles not in FACTS.md').toEqual([]);
      expect(wrongClaims(text), 'claims the expert review found wrong').toEqual([]);
      expect(text.match(/.{0,12}\*\*.{0,12}/g) ?? [], 'Markdown bold left unrendered').toEqual([]);
      const tel = [...html.matchAll(/href="tel:([^"]*)"/g)].map((m) => m[1]);
      expect(
        tel.filter((n) => n !== '110' && n !== '96110'),
        'tel: links',
      ).toEqual([]);
    });
  }
});

describe('case pages', () => {
  const cases = readdirSync(join(DIST, '..', 'content', 'cases'))
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => f.replace(/\.mdx$/, ''));

  it('there are cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const slug of cases) {
    it(`${slug}: the 警方提示 section ends with the composite label, so a copied tip keeps it`, () => {
      const text = textOf(readFileSync(join(DIST, 'cases', slug, 'index.html'), 'utf8'));
      const tips = text.slice(text.lastIndexOf('警方提示'));
      const footer = tips.indexOf(t('case.readGuide'));
      expect(footer, 'the link to the guide follows the tips').toBeGreaterThan(0);
      expect(tips.slice(0, footer)).toContain(t('case.compositeAgain'));
      expect(t('case.compositeAgain')).toContain('根据同类典型案件改编，人物为化名');
    });
  }
});

describe('quiz questions (content/quiz/)', () => {
  const questions = readYamlCollection('quiz');

  it('there are questions to check', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  for (const { file, data } of questions) {
    it(`${file}: only 110 / 96110 hotlines, supported law articles, no known wrong claim`, () => {
      const options = data['options'] as string[];
      const right = options[data['answer'] as number] ?? '';
      const all = [data['scenario'], ...options, data['explanation']].join('\n');
      expect(wrongNumbers(all), 'phone numbers not in FACTS.md').toEqual([]);
      expect(unsupportedArticles(all), 'law articles not in FACTS.md').toEqual([]);
      // What the site itself asserts: a wrong option or the scammer's lines may voice a wrong idea
      // on purpose, for the reader to reject.
      const asserted = `${right}\n${data['explanation'] as string}`;
      expect(wrongClaims(asserted), 'claims the expert review found wrong').toEqual([]);
    });
  }
});

describe('rehearsals (content/rehearsals/)', () => {
  const rehearsals = readYamlCollection('rehearsals');

  it('there are rehearsals to check', () => {
    expect(rehearsals.length).toBeGreaterThan(0);
  });

  interface Turn {
    messages: string[];
    choices?: { text: string; safe: boolean; sign: string }[];
    outcome?: string;
  }
  for (const { file, data } of rehearsals) {
    it(`${file}: only 110 / 96110 hotlines, supported law articles, no known wrong claim`, () => {
      const turns = data['turns'] as Turn[];
      const choices = turns.flatMap((t) => t.choices ?? []);
      const all = [
        data['intro'],
        ...turns.flatMap((t) => [...t.messages, t.outcome ?? '']),
        ...choices.flatMap((c) => [c.text, c.sign]),
      ].join('\n');
      expect(wrongNumbers(all), 'phone numbers not in FACTS.md').toEqual([]);
      expect(unsupportedArticles(all), 'law articles not in FACTS.md').toEqual([]);
      // What the site itself asserts: the signs, the safe replies and the endings' advice; the
      // scammer's lines and the risky replies voice wrong ideas on purpose.
      const asserted = [
        ...choices.flatMap((c) => (c.safe ? [c.text, c.sign] : [c.sign])),
        ...turns.map((t) => t.outcome ?? ''),
      ].join('\n');
      expect(wrongClaims(asserted), 'claims the expert review found wrong').toEqual([]);
    });
  }
});

describe('alerts (content/alerts/) and the 防骗日历 (content/calendar.yaml)', () => {
  const alerts = readYamlCollection('alerts');
  const calendar = parse(
    readFileSync(join(DIST, '..', 'content', 'calendar.yaml'), 'utf8'),
  ) as Record<string, { season: string; items: { text: string; who: string }[] }>;

  it('there are alerts and months to check', () => {
    expect(alerts.length).toBeGreaterThan(0);
    expect(Object.keys(calendar).length).toBe(12);
  });

  const texts = [
    ...alerts.map(({ file, data }) => ({
      name: file,
      text: ['title', 'what', 'sign', 'action', 'source'].map((k) => data[k] ?? '').join('\n'),
    })),
    ...Object.entries(calendar).map(([month, m]) => ({
      name: `calendar.yaml ${month}月`,
      text: [m.season, ...m.items.flatMap((i) => [i.text, i.who])].join('\n'),
    })),
  ];
  for (const { name, text } of texts) {
    it(`${name}: only 110 / 96110 hotlines, supported law articles, no known wrong claim`, () => {
      expect(wrongNumbers(text), 'phone numbers not in FACTS.md').toEqual([]);
      expect(unsupportedArticles(text), 'law articles not in FACTS.md').toEqual([]);
      expect(wrongClaims(text), 'claims the expert review found wrong').toEqual([]);
    });
  }
});
