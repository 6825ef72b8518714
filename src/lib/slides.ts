/**
 * Presentation mode (PRODUCT.md, /present/…): a page's key points as slides, made at build time
 * from the content's own structure, so editors write nothing twice. The MDX body is parsed with
 * Sätteri, the parser Astro itself renders it with, and read as follows:
 *
 * - a `##` heading (or `###` inside a class-kit piece) opens a section: one title slide;
 * - each item of a list — in <RedFlags>, <Steps> or plain — is one slide; a bold lead
 *   (`**停下。** 不要…`) becomes the slide's heading;
 * - <Callout>: one slide, its title over its text;
 * - <Line> (a scammer's line): one slide with the words, the 破绽 and the right reply;
 * - <DoDont>: two slides, 要这样做 and 千万不要;
 * - <TrueFalse>: one slide per statement, its answer revealed on the next press;
 * - a table row: one slide, the last cell under the others;
 * - a paragraph that starts in bold is a slide (the bold part its heading); other paragraphs are
 *   the page's connecting prose and stay on the page.
 *
 * Pure: content access and the title, hotline and QR slides are in src/data/decks.ts.
 */
import { mdxToMdast } from 'satteri';

/** A run of text, bold where the content is bold. */
export interface Run {
  text: string;
  strong?: boolean;
}

/** How a slide is framed: a warning sign, safe advice, or a note. */
type Tone = 'danger' | 'safe' | 'note';

/** One slide. `section` is the heading of the part of the page it comes from. */
export type Slide = { section?: string } & (
  | { kind: 'title'; title: string; lead?: string }
  | { kind: 'section'; title: string }
  | { kind: 'point'; heading?: string; text: Run[]; items?: Run[][]; tone?: Tone; step?: number }
  | { kind: 'line'; who: string; says: string; sign: string; reply: string }
  | { kind: 'list'; heading: string; items: string[]; tone: Tone }
  | { kind: 'question'; question: string; answer: string; right: boolean }
  | { kind: 'hotlines' }
  | { kind: 'end' }
);

/** What the slides need from outside the body: a link's text, the words of DoDont and TrueFalse. */
export interface SlideContext {
  /** The file, for error messages. */
  file: string;
  /** The text a <GuideLink>/<CaseLink> shows (the entry's title). */
  linkText: (component: string, slug: string) => string;
  words: { do: string; dont: string; right: string; wrong: string; scammer: string };
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  ordered?: boolean;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Components that hold nothing for a slide (figures drawn for the page). */
const SKIPPED = new Set(['CampaignFigures']);
/** Components read as if they were not there: only what they hold makes slides. */
const TRANSPARENT = new Set(['RedFlags', 'Steps', 'Script']);

/** The slides of an MDX body; `pieceId` reads only that <Printable> piece (`###` sections). */
export function slidesFromMdx(body: string, context: SlideContext, pieceId?: string): Slide[] {
  const root = mdxToMdast(body) as unknown as Node;
  let nodes = root.children ?? [];
  if (pieceId !== undefined) {
    const piece = findPiece(nodes, pieceId);
    if (!piece) throw new Error(`${context.file}: no <Printable id="${pieceId}"> to present`);
    nodes = piece.children ?? [];
  }
  return new Reader(context, pieceId === undefined ? 2 : 3).read(nodes);
}

function findPiece(nodes: readonly Node[], id: string): Node | undefined {
  for (const node of nodes) {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Printable' && attr(node, 'id') === id)
      return node;
    const inner = node.children && findPiece(node.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** A plain string attribute (`who="…"`), or undefined. */
function attr(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** An expression attribute (`dos={[…]}`) read as data: JSON, or object literals with bare keys. */
function dataAttr(node: Node, name: string, file: string): unknown {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = found?.value as { type?: string; value?: string } | string | undefined;
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const source = (value.value ?? '')
    .replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":')
    .replace(/,(\s*[\]}])/g, '$1');
  try {
    return JSON.parse(source) as unknown;
  } catch {
    throw new Error(
      `${file}: <${node.name}> ${name}={…} is not plain data the slides can read (放映模式读不出这个属性)`,
    );
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Joins runs, merging neighbours of the same weight and trimming the ends. */
function tidy(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.strong === !!run.strong) last.text += run.text;
    else out.push({ ...run });
  }
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  const end = out[out.length - 1];
  if (end) end.text = end.text.replace(/\s+$/, '');
  return out.filter((r) => r.text !== '').map((r) => (r.strong ? r : { text: r.text }));
}

export const plain = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

class Reader {
  private section: string | undefined;
  private readonly slides: Slide[] = [];

  constructor(
    private readonly context: SlideContext,
    private readonly sectionDepth: 2 | 3,
  ) {}

  read(nodes: readonly Node[]): Slide[] {
    for (const node of nodes) this.flow(node);
    return this.slides;
  }

  private push(slide: Slide): void {
    this.slides.push(this.section === undefined ? slide : { section: this.section, ...slide });
  }

  private flow(node: Node, tone?: Tone, numbered = false): void {
    switch (node.type) {
      case 'heading':
        if (node.depth === this.sectionDepth) {
          this.section = plain(this.inline(node.children ?? []));
          this.slides.push({ kind: 'section', title: this.section });
        }
        return;
      case 'list':
        (node.children ?? []).forEach((item, i) =>
          this.listItem(item, tone, numbered || node.ordered ? i + 1 : undefined),
        );
        return;
      case 'paragraph': {
        const runs = this.inline(node.children ?? []);
        if (runs[0]?.strong) this.point(runs, tone);
        return;
      }
      case 'table':
        for (const row of (node.children ?? []).slice(1)) {
          const cells = (row.children ?? []).map((c) => plain(this.inline(c.children ?? [])));
          const text = cells.pop() ?? '';
          this.push({ kind: 'point', heading: cells.join(' · '), text: [{ text }] });
        }
        return;
      case 'mdxJsxFlowElement':
        this.component(node);
        return;
      default:
        return;
    }
  }

  private component(node: Node): void {
    const name = node.name ?? '';
    const { file, words } = this.context;
    if (SKIPPED.has(name) || name === 'Printable') return;
    // A plain HTML wrapper (<div class="…">) only styles what it holds.
    if (TRANSPARENT.has(name) || /^[a-z]/.test(name)) {
      const tone = name === 'RedFlags' ? 'danger' : undefined;
      for (const child of node.children ?? []) this.flow(child, tone, name === 'Steps');
      return;
    }
    switch (name) {
      case 'Callout': {
        const type = attr(node, 'type');
        const title = attr(node, 'title');
        const text = (node.children ?? []).flatMap((c) =>
          c.type === 'paragraph' ? this.inline(c.children ?? []) : [],
        );
        this.push({
          kind: 'point',
          ...(title ? { heading: title } : {}),
          text: tidy(text),
          tone: type === 'tip' ? 'safe' : type === 'law' ? 'note' : 'danger',
        });
        return;
      }
      case 'Line':
        this.push({
          kind: 'line',
          who: attr(node, 'who') ?? words.scammer,
          says: attr(node, 'says') ?? '',
          sign: attr(node, 'sign') ?? '',
          reply: attr(node, 'reply') ?? '',
        });
        return;
      case 'DoDont':
        this.push({
          kind: 'list',
          heading: words.do,
          items: strings(dataAttr(node, 'dos', file)),
          tone: 'safe',
        });
        this.push({
          kind: 'list',
          heading: words.dont,
          items: strings(dataAttr(node, 'donts', file)),
          tone: 'danger',
        });
        return;
      case 'TrueFalse': {
        const items = dataAttr(node, 'items', file);
        for (const item of Array.isArray(items) ? items : []) {
          const { q, right, why } = item as { q?: unknown; right?: unknown; why?: unknown };
          if (typeof q !== 'string' || typeof right !== 'boolean' || typeof why !== 'string')
            throw new Error(`${file}: a <TrueFalse> item needs q, right and why (判断题格式不对)`);
          this.push({
            kind: 'question',
            question: q,
            answer: `${right ? words.right : words.wrong}：${why}`,
            right,
          });
        }
        return;
      }
      default:
        throw new Error(
          `${file}: the presentation mode does not know <${name}> (src/lib/slides.ts: say how it becomes slides)`,
        );
    }
  }

  private listItem(item: Node, tone: Tone | undefined, step: number | undefined): void {
    const children = item.children ?? [];
    const runs = tidy(
      children.flatMap((c) => (c.type === 'paragraph' ? this.inline(c.children ?? []) : [])),
    );
    const items = children
      .filter((c) => c.type === 'list')
      .flatMap((list) =>
        (list.children ?? []).map((li) =>
          tidy(
            (li.children ?? []).flatMap((c) =>
              c.type === 'paragraph' ? this.inline(c.children ?? []) : [],
            ),
          ),
        ),
      );
    this.point(runs, tone, step, items);
  }

  /** A slide from runs: a bold lead becomes the heading, the rest the text. */
  private point(runs: Run[], tone?: Tone, step?: number, items: Run[][] = []): void {
    const [first, ...rest] = tidy(runs);
    if (!first) return;
    const lead =
      first.strong && (rest.length > 0 || items.length > 0)
        ? first.text.replace(/[。：:]$/, '')
        : undefined;
    const text = lead === undefined ? [first, ...rest] : tidy(rest);
    this.push({
      kind: 'point',
      ...(lead === undefined ? {} : { heading: lead }),
      text,
      ...(items.length ? { items } : {}),
      ...(tone ? { tone } : {}),
      ...(step === undefined ? {} : { step }),
    });
  }

  /** Inline content as runs: text, bold, links as their text, <GuideLink>/<CaseLink> as titles. */
  private inline(nodes: readonly Node[], strong = false): Run[] {
    return nodes.flatMap((node): Run[] => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return [{ text: node.value ?? '', ...(strong ? { strong } : {}) }];
        case 'strong':
          return this.inline(node.children ?? [], true);
        case 'break':
          return [{ text: ' ' }];
        case 'mdxJsxTextElement': {
          if (node.children?.length) return this.inline(node.children, strong);
          const slug = attr(node, 'slug');
          if (slug && (node.name === 'GuideLink' || node.name === 'CaseLink'))
            return [
              { text: this.context.linkText(node.name, slug), ...(strong ? { strong } : {}) },
            ];
          return [];
        }
        default:
          return this.inline(node.children ?? [], strong);
      }
    });
  }
}

/** Characters a slide shows, to choose its type size (fewer words, bigger type). */
export function slideLength(slide: Slide): number {
  switch (slide.kind) {
    case 'point':
      return (
        (slide.heading?.length ?? 0) +
        plain(slide.text).length +
        (slide.items ?? []).reduce((n, i) => n + plain(i).length, 0)
      );
    case 'line':
      return slide.says.length + slide.sign.length + slide.reply.length;
    case 'list':
      return slide.items.join('').length;
    case 'question':
      return slide.question.length;
    case 'title':
      return slide.title.length + (slide.lead?.length ?? 0);
    case 'section':
      return slide.title.length;
    default:
      return 0;
  }
}

/** The type-size step for a slide of `length` characters: 1 (largest) to 4. */
export function sizeStep(length: number): 1 | 2 | 3 | 4 {
  if (length <= 24) return 1;
  if (length <= 60) return 2;
  if (length <= 120) return 3;
  return 4;
}

/** Slides an editor wrote in a page's frontmatter (`slides`), in place of the body's. */
export type OwnSlides = readonly { heading?: string | undefined; text: string }[] | undefined;

/**
 * A whole deck: the title slide (title and rule or summary), the editor's own slides if the page
 * has them or else the body's (`fromBody`, only read when needed), the hotlines and the closing
 * slide with the QR code.
 */
export function deckSlides(
  title: string,
  lead: string | undefined,
  fromBody: () => Slide[],
  own?: OwnSlides,
): Slide[] {
  const body: Slide[] = own
    ? own.map((s) => ({
        kind: 'point',
        ...(s.heading ? { heading: s.heading } : {}),
        text: [{ text: s.text }],
      }))
    : fromBody();
  return [
    { kind: 'title', title, ...(lead ? { lead } : {}) },
    ...body,
    { kind: 'hotlines' },
    { kind: 'end' },
  ];
}
