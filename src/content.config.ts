/**
 * Content schemas. Editors write the files under the top-level `content/` folder;
 * these schemas decide what a valid entry is. A wrong field fails `npm run build`
 * with the file and the field named; references between collections are checked
 * in `src/data/references.ts` (Astro itself only logs a dangling reference).
 * The editors' guide is `content/README.md`: keep it in step with this file.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { patternProblem, phraseProblem } from './lib/signals';
import { AGE_BANDS, CHANNELS, GUIDE_GROUP_KEYS, OUTCOMES, QUIZ_KINDS } from './lib/taxonomy';

/** MDX files directly in a folder; files starting with `_` are drafts and skipped. */
const mdx = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/[^_]*.mdx' });

/** A short line of plain text: no leading/trailing space, no line breaks. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\r\n]/.test(s), '不能换行');

/**
 * A phrase readers type, for search's best bets (src/lib/best-bets.ts); `*` stands for a few other
 * characters (骗局*哪些), as in a warning sign's phrases.
 */
const alias = line(30).superRefine((text, ctx) => {
  const problem = text.includes('*') ? phraseProblem(text) : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A legal provision a page cites; `src/lib/facts.ts` holds the ones FACTS.md supports. */
const lawRef = z.object({
  /** Full name of the law, e.g. 《中华人民共和国反电信网络诈骗法》. */
  law: line(40),
  /** Article, e.g. 第三十一条 or 第二百八十七条之二. */
  article: line(20),
  /** What the article means for the reader, in one or two plain sentences. */
  text: line(200),
});

/**
 * A warning sign for 可疑信息自查 (/check/), see src/lib/signals.ts. Phrases match however the
 * message spaces or punctuates them; a pattern is a regular expression on the text as written.
 */
const signalFields = {
  /** Phrases, any of which shows the sign, e.g. 安全账户 or 转到*账户 (* = up to 8 other characters). */
  phrases: z
    .array(
      z
        .string()
        .trim()
        .max(30)
        .superRefine((phrase, ctx) => {
          const problem = phraseProblem(phrase);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    )
    .default([]),
  /** Regular expressions (JavaScript), for what phrases cannot say, e.g. a link: https?:// */
  patterns: z
    .array(
      z.string().superRefine((pattern, ctx) => {
        const problem = patternProblem(pattern);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .default([]),
  /** One line, shown beside the sign: why it gives the scam away. */
  reason: line(60),
  /** true when this sign alone is enough to name the scam type (otherwise it takes two signs). */
  strong: z.boolean().default(false),
  /**
   * true for words that anti-fraud notices quote: the sign does not count where the text warns
   * against it (不要/凡是/谨防… shortly before it, 诈骗/骗局… after it, in the same clause).
   */
  guarded: z.boolean().default(false),
  /** Words that cancel the sign when they come shortly before it in the same clause (验证码…不要告诉任何人). */
  notAfter: z.array(line(10)).default([]),
};
const hasMatcher = (s: { phrases: string[]; patterns: string[] }) =>
  s.phrases.length + s.patterns.length > 0;
const NO_MATCHER = { message: 'phrases 和 patterns 至少要写一项', path: ['phrases'] };
const signal = z.object(signalFields).strict().refine(hasMatcher, NO_MATCHER);

/**
 * Optional slides for the presentation mode (/present/…), replacing the ones made from the body
 * (src/lib/slides.ts) — for a page whose body does not present well. The title, hotline and QR
 * slides stay. Each: an optional heading and one or two sentences.
 */
const slides = z
  .array(z.object({ heading: line(30).optional(), text: line(160) }).strict())
  .min(1)
  .optional();

const guides = defineCollection({
  loader: mdx('guides'),
  schema: z
    .object({
      /** Official scam type name, shown as the page's h1, e.g. 冒充公检法及政府机关诈骗. */
      title: line(40),
      /** Colloquial names and phrases people type (杀猪盘, 安全账户…); indexed so search finds the guide. */
      aliases: z.array(alias).min(1),
      /** One sentence: what this scam is. Used in lists, search results and the page description. */
      summary: line(120),
      /** The one-line 识别口诀 shown on cards and at the top of the page. */
      rule: line(40),
      /** The trap this guide belongs to; groups the guide index. */
      group: z.enum(GUIDE_GROUP_KEYS),
      /** Groups most at risk; each must be a file in content/audiences/. */
      audiences: z.array(reference('audiences')).min(1),
      /** Other guides a reader should see next; each must be a file in content/guides/. */
      related: z.array(reference('guides')).default([]),
      /** Legal provisions for the 法律提示 section, shown after 相关案例. */
      law: z.array(lawRef).default([]),
      /**
       * Optional own heading for the fixed 已经转账了怎么办 section, where that is not what the reader
       * did (两卡: 已经把卡交出去了怎么办). The body's "##" heading must then be this text.
       */
      lossHeading: line(20).optional(),
      /** Warning signs in a message that point to this scam, for 可疑信息自查 (/check/). */
      signals: z.array(signal).default([]),
      slides,
      /** When the text was last checked against FACTS.md. */
      reviewed: z.coerce.date(),
    })
    .strict(),
});

const cases = defineCollection({
  loader: mdx('cases'),
  schema: z
    .object({
      /** A plain headline that names the trick, not the victim. */
      title: line(40),
      /** One or two sentences for lists and search results. */
      summary: line(140),
      /** The scam type; must be a file in content/guides/. */
      guide: reference('guides'),
      /** Groups this story speaks to; each must be a file in content/audiences/. */
      audiences: z.array(reference('audiences')).min(1),
      /** How the scammer first reached the victim. */
      channel: z.enum(CHANNELS),
      /** The (composite) victim: an age band and an occupation, never a real name. */
      victim: z
        .object({
          /** Age band, e.g. 18–25岁. */
          age: z.enum(AGE_BANDS),
          /** Occupation or situation, e.g. 大学生, 企业会计, 退休职工. */
          occupation: line(20),
          /** A pseudonym such as 小李 or 王女士; the page marks it as a pseudonym. */
          alias: line(8).optional(),
        })
        .strict(),
      /** Money lost, in 元; 0 when nothing was lost. */
      loss: z.number().int().min(0),
      /** How it ended. */
      outcome: z.enum(OUTCOMES),
      /** Date the story was published on this site; lists are newest first. */
      published: z.coerce.date(),
      /**
       * Optional: the printable piece that would have stopped this scam, linked from the case page,
       * e.g. { page: finance-staff, piece: fukuan-hezha }. `piece` must be the id of a <Printable>
       * on that audience page (the build checks).
       */
      material: z
        .object({ page: reference('audiences'), piece: z.string().regex(/^[a-z0-9-]+$/) })
        .strict()
        .optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.outcome === '被成功劝阻' && data.loss !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['loss'],
          message: '结果为“被成功劝阻”时，损失必须为 0',
        });
      }
      if (data.outcome !== '被成功劝阻' && data.loss === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['loss'],
          message: '被骗或部分追回的案例必须写明损失金额（元）',
        });
      }
    }),
});

const audiences = defineCollection({
  loader: mdx('audiences'),
  schema: z
    .object({
      /** Page title, e.g. 学生防骗指南. */
      title: line(30),
      /** Short name of the group for navigation and tags, e.g. 学生. */
      name: line(10),
      /** What readers type when they look for this page (被骗了怎么办…); search's best bets use them. */
      aliases: z.array(alias).default([]),
      /** One sentence on why this group is targeted. */
      summary: line(140),
      /** Position in the audience list (smaller first). */
      order: z.number().int().min(0),
      /**
       * The scam types this group meets; each must be a file in content/guides/. Exactly the guides
       * whose `audiences` name this page, including every guide the text links to (the build checks).
       */
      guides: z.array(reference('guides')).default([]),
      /** Legal provisions for the 法律提示 section at the end of the page; same shape as a guide's. */
      law: z.array(lawRef).default([]),
      slides,
      /** When the text was last checked against FACTS.md and the source article. */
      reviewed: z.coerce.date(),
    })
    .strict(),
});

/** Standalone pages such as /help/ and /about/: text that editors own. */
const pages = defineCollection({
  loader: mdx('pages'),
  schema: z
    .object({
      /** The page's h1 and title. */
      title: line(40),
      /** One sentence for the meta description and link previews. */
      summary: line(140),
      /** What readers type when they look for this page (被骗了怎么办…); search's best bets use them. */
      aliases: z.array(alias).default([]),
      slides,
      /** When the text was last checked. */
      reviewed: z.coerce.date(),
    })
    .strict(),
});

const song = defineCollection({
  loader: glob({ base: './content/song', pattern: '**/[^_]*.{md,mdx}' }),
  schema: z
    .object({
      /** Song title without book-title marks, e.g. 就是不转钱. */
      title: line(20),
      /** Credits exactly as the source gives them; never invent names. */
      credits: line(120),
      /** What readers type when they look for this page (被骗了怎么办…); search's best bets use them. */
      aliases: z.array(alias).default([]),
      /** Audio file name in content/song/ (e.g. jiushi-buzhuanqian.mp3), once the official recording exists. */
      audio: z
        .string()
        .regex(/^[\w.-]+\.(mp3|m4a|ogg|opus|wav)$/)
        .optional(),
      /** Time-synced lyrics (LRC) file name in content/song/, once the official lyrics exist. */
      lyrics: z
        .string()
        .regex(/^[\w.-]+\.lrc$/)
        .optional(),
    })
    .strict(),
});

const quiz = defineCollection({
  loader: glob({ base: './content/quiz', pattern: '**/[^_]*.{yaml,yml}' }),
  schema: z
    .object({
      /** What the question asks: is-scam, next-step or give-away (see QUIZ_KINDS). */
      kind: z.enum(QUIZ_KINDS),
      /**
       * true for a genuine message (only with kind is-scam): the right option says it is safe, and
       * the explanation says why by the guide's own rules and what to check all the same.
       */
      genuine: z.boolean().default(false),
      /** How the message reached the reader (same list as a case's), shown beside the scenario. */
      channel: z.enum(CHANNELS).optional(),
      /**
       * The message, call or chat as the reader would meet it, the other side's own words in
       * quotes; no real names, numbers, companies or addresses (某银行, 一个陌生号码).
       */
      scenario: line(200),
      /** Three or four short, plausible answers (no joke answers), each different. */
      options: z
        .array(line(40))
        .min(3)
        .max(4)
        .refine((o) => new Set(o).size === o.length, '选项不能重复'),
      /** Index (0-based) of the right option. */
      answer: z.number().int().min(0),
      /** Why, in one to three sentences: the warning sign and what to do; shown after answering. */
      explanation: line(240),
      /** The guide that explains this scam; must be a file in content/guides/. */
      guide: reference('guides'),
      /** Groups this question is for; each must be a file in content/audiences/. */
      audiences: z.array(reference('audiences')).min(1),
    })
    .strict()
    .refine((q) => q.answer < q.options.length, {
      path: ['answer'],
      message: 'answer 必须是 options 中某一项的序号（从 0 开始）',
    })
    .refine((q) => !q.genuine || q.kind === 'is-scam', {
      path: ['genuine'],
      message: 'genuine: true 只能用于 kind: is-scam（判断是不是诈骗）的题',
    }),
});

/**
 * 防骗演练 (/quiz/rehearsal/<slug>/): a scam conversation in a chat, one YAML file per rehearsal
 * (file name = slug). Paths (every `next` exists, every turn reachable, no loops, every path ends)
 * are checked in src/data/rehearsals.ts with src/lib/rehearsal.ts, naming the file and the turn.
 */
const rehearsalChoice = z
  .object({
    /** The reader's reply, as they would type or say it. */
    text: line(40),
    /** true: this reply stops the scam and ends the rehearsal; false: the scam goes one step further. */
    safe: z.boolean(),
    /** Risky: the warning sign just missed, one sentence. Safe: why this reply is right. */
    sign: line(120),
    /** Risky choices only: the id of the turn the scam goes on to. */
    next: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
  })
  .strict()
  .refine((c) => c.safe === (c.next === undefined), {
    path: ['next'],
    message: '危险的回复（safe: false）必须写 next；安全的回复（safe: true）到此结束，不能写 next',
  });

const rehearsalTurn = z
  .object({
    /** Stable id of the turn (Latin letters, digits, hyphens), e.g. t1; `next` names it. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The scammer's chat lines, 1–3 short messages, in the scammer's own words. */
    messages: z.array(line(80)).min(1).max(3),
    /** The replies offered, 2–3; leave out on an ending (`end: lost`). */
    choices: z.array(rehearsalChoice).min(2).max(3).optional(),
    /** `lost`: the scam succeeded here (the money is gone); needs `outcome`. */
    end: z.literal('lost').optional(),
    /** With `end: lost`: what happened, then what to do now (110 at once, keep the records). */
    outcome: line(200).optional(),
  })
  .strict()
  .refine((t) => (t.end === undefined) === (t.outcome === undefined), {
    path: ['outcome'],
    message: 'end: lost 和 outcome 要一起写',
  });

const rehearsals = defineCollection({
  loader: glob({ base: './content/rehearsals', pattern: '**/[^_]*.{yaml,yml}' }),
  schema: z
    .object({
      /** The rehearsal's h1, e.g. 演练：“点赞返现”的兼职. */
      title: line(30),
      /** The scam type it rehearses; must be a file in content/guides/ (the result links it). */
      guide: reference('guides'),
      /** Groups it is most for; each must be a file in content/audiences/. */
      audiences: z.array(reference('audiences')).min(1),
      /** The situation in one or two sentences: who contacts you, on what channel. */
      intro: line(120),
      /** The scammer's display name in the chat, e.g. 客服小王. */
      who: line(12),
      /** The id of the first turn. */
      start: z.string().regex(/^[a-z0-9-]+$/),
      /** The conversation, in any order; `start` and each risky choice's `next` name a turn. */
      turns: z.array(rehearsalTurn).min(2),
    })
    .strict(),
});

/**
 * 近期提醒 (/alerts/<slug>/): one YAML file per alert (file name = slug). When it is shown is
 * decided by src/lib/alerts.ts from `date`, `expires` and `repeat`; guides and audiences are
 * checked in src/data/references.ts, the group message's length in src/data/alerts.ts.
 */
const alerts = defineCollection({
  loader: glob({ base: './content/alerts', pattern: '**/[^_]*.{yaml,yml}' }),
  schema: z
    .object({
      /** The alert's h1, naming the trick, e.g. 双十一前后，当心“客服”主动退款. */
      title: line(30),
      /** First day it is shown (YYYY-MM-DD); with `repeat: yearly`, the first year's. */
      date: z.coerce.date(),
      /** Last day it is shown; 30 days after `date` (src/lib/alerts.ts DEFAULT_DAYS) when left out. */
      expires: z.coerce.date().optional(),
      /** `yearly`: the same window comes back every year (a seasonal reminder). */
      repeat: z.literal('yearly').optional(),
      /** The scam types it concerns; each must be a file in content/guides/ (first = main one). */
      guides: z.array(reference('guides')).min(1),
      /** Groups most at risk; each must be a file in content/audiences/. */
      audiences: z.array(reference('audiences')).min(1),
      /** How the scammers reach people (same list as a case's channel). */
      channels: z.array(z.enum(CHANNELS)).min(1),
      /** What is happening, one or two short sentences. */
      what: line(120),
      /** The one sign to watch for, one sentence; it goes into the group message. */
      sign: line(40),
      /** What to do, one sentence; it goes into the group message. */
      action: line(50),
      /** Optional: who issued the warning (a name), or an https:// link to it. */
      source: line(100)
        .refine((s) => !/^\w+:/.test(s) || /^https:\/\/[^\s<>"]+$/.test(s), {
          message: '来源要么写发布单位的名称，要么写以 https:// 开头的网址',
        })
        .optional(),
    })
    .strict(),
});

/**
 * 防骗日历 (/alerts/calendar/): content/calendar.yaml, one entry per month keyed by its number
 * (1–12; src/data/calendar.ts checks all twelve are there).
 */
const calendar = defineCollection({
  loader: file('./content/calendar.yaml'),
  schema: z
    .object({
      /** What the month is known by, e.g. 开学季、国庆假期. */
      season: line(30),
      /** The scams that commonly rise this month, each with who they hit and its guides. */
      items: z
        .array(
          z
            .object({
              /** The pattern, as 常见/容易出现, never a statistic, e.g. 常见冒充老师在家长群里收费. */
              text: line(80),
              /** Who it hits, e.g. 新生和家长. */
              who: line(30),
              /** The guides that explain it; each must be a file in content/guides/. */
              guides: z.array(reference('guides')).min(1),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
});

const slogans = defineCollection({
  loader: file('./content/slogans.yaml'),
  schema: z
    .object({
      /** Stable identifier (Latin letters, digits, hyphens), used in links to one slogan. */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The line itself, as it appears on an LED screen or slide. */
      text: line(40),
      /** official: the national/campaign wording; original: written for this site. */
      kind: z.enum(['official', 'original']),
      /** For official lines: where the wording comes from. */
      source: line(60).optional(),
    })
    .strict(),
});

/**
 * Search phrases for the pages built from lists, which have no content file of their own
 * (诈骗类型 /guides/, 典型案例 /cases/, 分人群防骗 /for/, 近期提醒 /alerts/, 防骗日历 /alerts/calendar/).
 */
const searchPhrases = defineCollection({
  loader: file('./content/search.yaml'),
  schema: z
    .object({
      /** Which page: guides, cases, audiences, alerts or calendar. */
      id: z.enum(['guides', 'cases', 'audiences', 'alerts', 'calendar']),
      /** What readers type when they look for it (骗局有哪些…). */
      aliases: z.array(alias).min(1),
    })
    .strict(),
});

/** General warning signs for 可疑信息自查 (/check/), whatever the scam type. */
const signals = defineCollection({
  loader: file('./content/signals.yaml'),
  schema: z
    .object({
      /** Stable identifier (Latin letters, digits, hyphens). */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Short name of the sign, e.g. 索要验证码; listed on /check/ for readers without JavaScript. */
      label: line(20),
      ...signalFields,
      /** Scam types this sign also points to (each a file in content/guides/); may be empty. */
      guides: z.array(reference('guides')).default([]),
    })
    .strict()
    .refine(hasMatcher, NO_MATCHER),
});

/** Fields every set of campaign figures has: what it shows, for when, and from where. */
const figureSet = {
  /** Stable identifier (Latin letters, digits, hyphens); also names the figure's ids on the page. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Heading of the figure, as the source words it. */
  title: line(60),
  /** The period the figures cover, exactly as the source states it. */
  period: line(80),
  /** The source: publisher, title and date. */
  source: line(80),
};

const campaign = defineCollection({
  loader: file('./content/campaign.yaml'),
  schema: z.discriminatedUnion('kind', [
    z
      .object({
        ...figureSet,
        /** change: percentages against the same period a year before, drawn as a bar chart. */
        kind: z.literal('change'),
        rows: z
          .array(
            z
              .object({
                /** What was counted, e.g. 破案数. */
                label: line(20),
                /** Change in percent; negative means down. */
                change: z.number().min(-100).max(1000),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    z
      .object({
        ...figureSet,
        /** totals: counts as the source words them (380余场), shown as large numbers. */
        kind: z.literal('totals'),
        rows: z
          .array(
            z
              .object({
                /** What was counted. */
                label: line(30),
                /** The figure with its unit and 余, exactly as the source gives it. */
                value: line(12),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
  ]),
});

export const collections = {
  guides,
  cases,
  audiences,
  pages,
  song,
  quiz,
  rehearsals,
  alerts,
  calendar,
  slogans,
  campaign,
  signals,
  searchPhrases,
};
