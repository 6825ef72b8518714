/**
 * The question bank (content/quiz/) as the quiz pages use it: each question with its guide's
 * address and title, in the bank's order (by file name), for all readers or one audience.
 */
import { getCollection } from 'astro:content';
import { checkReferences, getGuides } from './content';
import { guideUrl } from './urls';
import { t } from '../i18n/zh-CN';
import type { PlayedQuestion } from '../lib/quiz';
import type { QUIZ_KINDS } from '../lib/taxonomy';

/** A question of the bank: as played (src/lib/quiz.ts), with its kind's id and the channel unset where none. */
export interface QuizQuestion extends Omit<PlayedQuestion, 'kind' | 'channel'> {
  kind: (typeof QUIZ_KINDS)[number];
  channel: string | undefined;
}

/** Every question of the bank, or those for `audience`, sorted by file name. */
export async function quizPool(audience?: string): Promise<QuizQuestion[]> {
  await checkReferences();
  const guides = new Map((await getGuides()).map((g) => [g.id, g.data.title]));
  return (await getCollection('quiz'))
    .filter((q) => !audience || q.data.audiences.some((a) => a.id === audience))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((q) => ({
      id: q.id,
      kind: q.data.kind,
      channel: q.data.channel,
      scenario: q.data.scenario,
      options: q.data.options,
      answer: q.data.answer,
      explanation: q.data.explanation,
      guideUrl: guideUrl(q.data.guide.id),
      guideTitle: guides.get(q.data.guide.id) ?? q.data.guide.id,
    }));
}

/** A pool as the quiz's script plays it (/quiz/questions.json, /quiz/<audience>/questions.json). */
export function playedQuestions(pool: readonly QuizQuestion[]): PlayedQuestion[] {
  return pool.map((q) => ({
    id: q.id,
    kind: t(`quiz.kind.${q.kind}`),
    channel: q.channel ? t('quiz.channel', { channel: q.channel }) : '',
    scenario: q.scenario,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    guideUrl: q.guideUrl,
    guideTitle: q.guideTitle,
  }));
}
