/**
 * An editor's mistake must stop the build with a message that says which file and which field
 * to fix — never publish a half-right page. Each broken fixture in tests/fixtures/broken/ goes
 * through the same check the build runs (the collection's schema, the reference and audience
 * checks of src/data/, the outline check, the LRC parser, the song loader); one real build with
 * a broken entry proves that such an error does stop `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import {
  findAudienceDisagreements,
  formatAudienceDisagreements,
} from '../../src/data/audience-consistency';
import {
  findBrokenReferences,
  formatBrokenReferences,
  missingEntry,
} from '../../src/data/references';
import { findRehearsalProblems, formatRehearsalProblems } from '../../src/data/rehearsals';
import { findAlertProblems, type AlertLike } from '../../src/data/alerts';
import { loadSong } from '../../src/data/song';
import { keyPoints } from '../../src/lib/key-points';
import { parseLrc } from '../../src/lib/lrc';
import { checkSections, CASE_SECTIONS } from '../../src/lib/structure';
import { buildWith } from '../../scripts/lib/project-copy';
import {
  readCollection,
  readContentFile,
  readYamlCollection,
  readYamlFile,
  type ContentFile,
} from '../support/content-files';

const FIXTURES = join(import.meta.dirname, '../fixtures/broken');
const fixture = (name: string) =>
  (name.endsWith('.yaml') ? readYamlFile : readContentFile)(join(FIXTURES, name));

type Collection = 'guides' | 'cases' | 'audiences' | 'quiz' | 'rehearsals' | 'alerts';

/** A collection's published files: MDX, or one YAML file per entry for quiz/, rehearsals/, alerts/. */
const filesOf = (c: Collection) =>
  c === 'quiz' || c === 'rehearsals' || c === 'alerts' ? readYamlCollection(c) : readCollection(c);

/** The zod schema the build checks a collection's frontmatter with. */
function schemaOf(name: Collection): ZodType {
  const schema = collections[name].schema;
  if (!schema || typeof schema === 'function')
    throw new Error(`${name}: expected a plain schema in src/content.config.ts`);
  return schema;
}

/** A content file as the build sees it: frontmatter through the collection's schema (references resolved to {collection, id}). */
async function entry(
  collection: Collection,
  file: ContentFile,
  filePath = `content/${collection}/${file.file}`,
) {
  const parsed = await schemaOf(collection).safeParseAsync(file.data);
  if (!parsed.success) throw new Error(`${filePath}: ${parsed.error.message}`);
  return { id: file.id, filePath, body: file.body, data: parsed.data as never };
}

/** Every published entry of the collections that refer to each other, plus `extra`. */
async function contentWith(extra: { collection: Collection; name: string }) {
  const load = (c: Collection) => Promise.all(filesOf(c).map((f) => entry(c, f)));
  const all = {
    guides: await load('guides'),
    cases: await load('cases'),
    audiences: await load('audiences'),
    quiz: await load('quiz'),
    rehearsals: await load('rehearsals'),
    alerts: await load('alerts'),
  };
  all[extra.collection].push(
    await entry(extra.collection, fixture(extra.name), `content/${extra.collection}/${extra.name}`),
  );
  return all;
}

describe('a broken content file is refused, naming the file and the field', () => {
  it('a field with a value outside the schema (bad-field.mdx: outcome)', async () => {
    const result = await schemaOf('cases').safeParseAsync(fixture('bad-field.mdx').data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['outcome']);
  });

  it('a broken warning sign in a guide (signals): a lookbehind, a * at the end, no phrase at all', async () => {
    const guide = readCollection('guides')[0]!;
    const result = await schemaOf('guides').safeParseAsync({
      ...guide.data,
      signals: [
        { patterns: ['(?<!不)刷单'], reason: '理由' },
        { phrases: ['*账户'], reason: '理由' },
        { reason: '理由' },
        { patterns: ['刷单('], reason: '理由' },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^signals\.0\.patterns\.0: .*后行断言/),
      expect.stringMatching(/^signals\.1\.phrases\.0: .*\*/),
      expect.stringMatching(/^signals\.2\.phrases: phrases 和 patterns 至少要写一项/),
      expect.stringMatching(/^signals\.3\.patterns\.0: “刷单\(”不是有效的正则表达式/),
    ]);
  });

  it('every published file passes its schema (the fixtures fail for their own fault only)', async () => {
    for (const c of ['guides', 'cases', 'audiences', 'quiz', 'rehearsals', 'alerts'] as const) {
      for (const file of filesOf(c)) await expect(entry(c, file)).resolves.toBeDefined();
    }
  });

  it('a quiz question with two options, an answer that is none of them, or genuine on the wrong kind', async () => {
    const good = readYamlCollection('quiz')[0]!.data;
    const issues = async (data: Record<string, unknown>) => {
      const result = await schemaOf('quiz').safeParseAsync({ ...good, ...data });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(await issues({ options: ['转账', '挂断'], answer: 0 })).toEqual(['options']);
    expect(await issues({ options: ['转账', '挂断', '问家人'], answer: 3 })).toEqual(['answer']);
    expect(await issues({ kind: 'give-away', genuine: true })).toEqual(['genuine']);
    expect(await issues({ kind: 'guess' })).toEqual(['kind']);
  });

  it('a quiz question whose guide does not exist', async () => {
    const all = await contentWith({ collection: 'quiz', name: 'quiz-missing-guide.yaml' });
    expect(formatBrokenReferences(findBrokenReferences(all))).toContain(
      'content/quiz/quiz-missing-guide.yaml: field "guide" refers to "no-such-guide"',
    );
  });

  it('a rehearsal whose reply goes to a turn that does not exist names the file, the turn and the choice', async () => {
    const all = await contentWith({
      collection: 'rehearsals',
      name: 'rehearsal-missing-turn.yaml',
    });
    expect(findBrokenReferences(all)).toEqual([]);
    expect(formatRehearsalProblems(findRehearsalProblems(all.rehearsals))).toContain(
      'content/rehearsals/rehearsal-missing-turn.yaml: turn "t1": choice 2 goes to "t9", which does not exist',
    );
  });

  it('a rehearsal reply that is risky without a next turn, or an ending without its outcome', async () => {
    const good = readYamlCollection('rehearsals')[0]!.data as { turns: Record<string, unknown>[] };
    const [first, ...rest] = good.turns;
    const choices = first!['choices'] as Record<string, unknown>[];
    const issues = async (turns: unknown[]) => {
      const result = await schemaOf('rehearsals').safeParseAsync({ ...good, turns });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    const noNext = choices.map((c) => (c['safe'] ? c : { ...c, next: undefined }));
    expect(await issues([{ ...first, choices: noNext }, ...rest])).toEqual([
      `turns.0.choices.${choices.findIndex((c) => !c['safe'])}.next`,
    ]);
    expect(await issues([first, { id: 'x', messages: ['话'], end: 'lost' }])).toEqual([
      'turns.1.outcome',
    ]);
  });

  it('an alert with a channel outside the list, no sign, an http:// source or a title too long', async () => {
    const good = readYamlCollection('alerts')[0]!.data;
    const issues = async (data: Record<string, unknown>) => {
      const result = await schemaOf('alerts').safeParseAsync({ ...good, ...data });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(await issues({ channels: ['飞鸽传书'] })).toEqual(['channels.0']);
    expect(await issues({ sign: undefined })).toEqual(['sign']);
    expect(await issues({ source: 'http://example.org/notice' })).toEqual(['source']);
    expect(await issues({ source: '哈尔滨市公安局' })).toEqual([]);
    expect(await issues({ title: '标'.repeat(31) })).toEqual(['title']);
    expect(await issues({ repeat: 'monthly' })).toEqual(['repeat']);
    expect(await issues({ guides: [] })).toEqual(['guides']);
  });

  it('an alert whose guide does not exist', async () => {
    const all = await contentWith({ collection: 'alerts', name: 'alert-missing-guide.yaml' });
    expect(formatBrokenReferences(findBrokenReferences(all))).toContain(
      'content/alerts/alert-missing-guide.yaml: field "guides[1]" refers to "no-such-guide"',
    );
  });

  it('an alert that ends before it starts, takes a page’s name, or whose group message cannot fit', async () => {
    const good = readYamlCollection('alerts')[0]!;
    const parsed = await entry('alerts', good);
    const data = parsed.data as AlertLike['data'];
    const problems = findAlertProblems(
      [
        { ...parsed, data: { ...data, expires: new Date('2000-01-01') } },
        { ...parsed, id: 'calendar', filePath: 'content/alerts/calendar.yaml' },
        { ...parsed, data: { ...data, sign: '信'.repeat(40), action: '做'.repeat(50) } },
      ],
      'https://fanzha.hrb.gov.cn',
    );
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^content/alerts/${good.file}: field "expires": .*早于`)),
      expect.stringMatching(/^content\/alerts\/calendar\.yaml: the file name "calendar" is taken/),
      expect.stringMatching(
        new RegExp(`^content/alerts/${good.file}: fields "sign" and "action" are too long`),
      ),
    ]);
  });

  it('a reference to a guide that does not exist', async () => {
    const all = await contentWith({ collection: 'cases', name: 'missing-guide.mdx' });
    expect(formatBrokenReferences(findBrokenReferences(all))).toContain(
      'content/cases/missing-guide.mdx: field "guide" refers to "no-such-guide"',
    );
  });

  it('a case whose audience its guide does not list: both files named', async () => {
    const all = await contentWith({ collection: 'cases', name: 'audience-mismatch.mdx' });
    const message = formatAudienceDisagreements(
      findAudienceDisagreements(all.guides, all.cases, all.audiences),
    );
    expect(message).toContain(
      'content/cases/audience-mismatch.mdx: field "audiences" has "students", but its guide "yanglao-pianju"',
    );
    expect(message).toContain('(see content/guides/yanglao-pianju.mdx)');
  });

  it('a case without one of its fixed sections', () => {
    const body = fixture('missing-section.mdx').body;
    const headings = [...body.matchAll(/^(#{2,6})\s+(.+)$/gm)].map((m) => ({
      depth: m[1]!.length,
      text: m[2]!,
    }));
    const message = checkSections(headings, CASE_SECTIONS, 'content/cases/missing-section.mdx');
    expect(message).toContain('content/cases/missing-section.mdx');
    expect(message).toContain('经过 → 破绽 → 警方提示');
  });

  it('an audience page whose 防骗清单 is not a list: its share poster has no points', () => {
    const body = fixture('no-checklist.mdx').body;
    expect(() => keyPoints(body, '防骗清单', 'content/audiences/no-checklist.mdx')).toThrow(
      /content\/audiences\/no-checklist\.mdx: .*"## 防骗清单"/,
    );
  });

  it('a <CaseLink> or <GuideLink> to an entry that does not exist names the slug, the page and the file', () => {
    expect(missingEntry('CaseLink', 'cases', 'no-such-case', '/cases/bad-caselink/')).toContain(
      '<CaseLink slug="no-such-case"> on /cases/bad-caselink/',
    );
    expect(missingEntry('GuideLink', 'guides', 'no-such-guide', '/cases/x/')).toContain(
      'content/guides/no-such-guide.mdx',
    );
  });

  it('a malformed line in the song’s LRC lyrics, named by file and line', () => {
    const source = readFileSync(join(FIXTURES, 'bad-lyrics.lrc'), 'utf8');
    expect(() => parseLrc(source, 'content/song/bad-lyrics.lrc')).toThrow(
      /content\/song\/bad-lyrics\.lrc:3:.*第二句漏了时间/s,
    );
  });

  it('a song recording named in the frontmatter that is not there', () => {
    const song = fixture('song-missing-audio.md');
    const asBuilt = {
      id: 'jiushi-buzhuanqian',
      filePath: 'content/song/jiushi-buzhuanqian.md',
      data: song.data,
    };
    expect(() => loadSong(asBuilt as Parameters<typeof loadSong>[0])).toThrow(
      'content/song/jiushi-buzhuanqian.md: field "audio" names no-such-recording.mp3',
    );
  });
});

describe('npm run build', () => {
  it('stops on a broken entry and names it: a <GuideLink> to a guide that does not exist', () => {
    const result = buildWith({
      'content/cases/bad-guidelink.mdx': 'tests/fixtures/broken/bad-guidelink.mdx',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('<GuideLink slug="no-such-guide"> on /cases/bad-guidelink/');
    expect(result.output).toContain('content/guides/no-such-guide.mdx');
  }, 120_000);

  it('stops on a rehearsal whose reply goes to a missing turn, naming the file and the turn', () => {
    const result = buildWith({
      'content/rehearsals/rehearsal-missing-turn.yaml':
        'tests/fixtures/broken/rehearsal-missing-turn.yaml',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/rehearsals/rehearsal-missing-turn.yaml: turn "t1": choice 2 goes to "t9", which does not exist',
    );
  }, 120_000);

  it('stops on an alert whose guide does not exist, naming the file and the field', () => {
    const result = buildWith({
      'content/alerts/alert-missing-guide.yaml': 'tests/fixtures/broken/alert-missing-guide.yaml',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/alerts/alert-missing-guide.yaml: field "guides[1]" refers to "no-such-guide"',
    );
  }, 120_000);

  it('prints no warning a newcomer would take for breakage', () => {
    // `npm test` keeps the output of its own build (scripts/run-tests.ts); alone, this builds a copy.
    const log = process.env['BINGCHENG_BUILD_LOG'];
    const output = log ? readFileSync(log, 'utf8') : buildWith({}).output;
    expect(output).toContain('Complete!');
    expect(output.match(/.*\bWARN\b.*/g) ?? []).toEqual([]);
  }, 120_000);
});
