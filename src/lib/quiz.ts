/**
 * The self-test (/quiz/…) as pure logic, shared by the page script (src/client/quiz.ts), the pages
 * and the tests: a seeded random draw of questions, the score and the review. The seed normally
 * comes from crypto.getRandomValues; `?seed=123` fixes it, so a test (or a teacher sharing a link)
 * gets the same ten questions every time. Nothing here touches the DOM or leaves the browser.
 */

/** Questions in one student quiz. */
export const QUIZ_LENGTH = 10;
/** Questions in a classroom quiz: what fits the 5 minutes of the lesson outline and a little more. */
export const CLASS_LENGTH = 12;

/**
 * mulberry32: a tiny, fast 32-bit PRNG with a good enough spread for shuffling a few dozen
 * questions (not for secrets). Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed fixed by the address (`?seed=42`), or undefined to draw a fresh one. */
export function seedFromSearch(search: string): number | undefined {
  const match = /[?&]seed=(\d{1,10})(?:&|$)/.exec(search);
  return match ? Number(match[1]) >>> 0 : undefined;
}

/**
 * `count` distinct indexes into a pool of `size`, in the order drawn: the first `count` steps of a
 * Fisher–Yates shuffle. The same seed always gives the same draw; a smaller pool gives all of it.
 */
export function drawIndexes(size: number, count: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: size }, (_, i) => i);
  const n = Math.min(count, size);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (size - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, n);
}

/** What the review needs of a question: its right option. */
export interface Scorable {
  answer: number;
}

/** One answered question: which question (by position in the draw) and the option chosen. */
export interface Answer {
  question: number;
  chosen: number;
}

/** How many answers are right. */
export function score(questions: readonly Scorable[], answers: readonly Answer[]): number {
  return answers.filter((a) => questions[a.question]?.answer === a.chosen).length;
}

/** A line of the review at the end: the question, what was chosen, and whether it was right. */
export interface ReviewItem<Q> {
  question: Q;
  chosen: number;
  right: boolean;
}

/** The review of every answer, in the order asked. */
export function review<Q extends Scorable>(
  questions: readonly Q[],
  answers: readonly Answer[],
): ReviewItem<Q>[] {
  return answers.flatMap((a) => {
    const question = questions[a.question];
    return question ? [{ question, chosen: a.chosen, right: question.answer === a.chosen }] : [];
  });
}

/** The label of an option: A, B, C, D (as a teacher reads them out and a student answers). */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);

/**
 * The fixed order of a classroom quiz: the audience's questions in the bank's order (by file name),
 * at most CLASS_LENGTH, so a teacher who prepares with the page sees the same set in class.
 */
export function classOrder<Q extends { id: string }>(questions: readonly Q[]): Q[] {
  return [...questions]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, CLASS_LENGTH);
}

/** A question as the quiz plays it: the words shown (kind and channel lines included), the answer. */
export interface PlayedQuestion {
  id: string;
  /** The kind as shown: 这是诈骗吗？… */
  kind: string;
  /** The channel line as shown, or ''. */
  channel: string;
  scenario: string;
  options: string[];
  answer: number;
  explanation: string;
  guideUrl: string;
  guideTitle: string;
}

/** The seed of the questions a page lists for readers without JavaScript: the same on every build. */
export const NO_JS_SEED = 1;

/** The questions a quiz page lists without JavaScript: a fixed draw of QUIZ_LENGTH, in pool order. */
export function noJsSample<Q>(pool: readonly Q[]): Q[] {
  return drawIndexes(pool.length, QUIZ_LENGTH, NO_JS_SEED)
    .sort((a, b) => a - b)
    .map((i) => pool[i]!);
}

/**
 * The round a quiz page opens with: `first`, the question already in the page's HTML (the first of
 * the no-JS sample, so the card is drawn at the first paint, before the pool is fetched), then
 * `count - 1` more drawn with `seed` from the rest of the pool. The same seed gives the same round,
 * so `?seed=` still lets a teacher give a class one set. 再测一次 draws a whole fresh round.
 */
export function openingRound<Q extends { id: string }>(
  pool: readonly Q[],
  first: Q,
  count: number,
  seed: number,
): Q[] {
  const rest = pool.filter((q) => q.id !== first.id);
  return [first, ...drawIndexes(rest.length, count - 1, seed).map((i) => rest[i]!)];
}

/** The classes of an option's button, the same in the page's HTML and from the script. */
export const OPTION_CLASS =
  'quiz-option min-h-tap rounded border-2 border-brand px-4 py-2 text-left text-lg';
