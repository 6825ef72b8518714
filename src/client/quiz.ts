/**
 * The self-test in the browser (/quiz/…, markup in src/components/Quiz.astro). The page arrives
 * with the card showing the round's first question (the first of the no-JS list), so this script
 * only makes its options answer. Once the page has loaded and been painted, it fetches the page's
 * question pool (data-questions; if that fails, it plays the ten the no-JS list shows) and draws
 * the rest of the round from it with a seed (crypto, or ?seed= from the address so a round can be
 * repeated): openingRound in src/lib/quiz.ts. One question at a time: real buttons for the
 * options, right or wrong said in words, the explanation and the guide. At the end: the score and
 * a review of every answer; 再测一次 draws a whole fresh round. Focus moves to each new heading and
 * the verdict is read out by a polite live region. Nothing is stored and nothing is sent.
 */
import { afterPaint, el, fetchJson, readJson, replaceChildren } from './dom';
import {
  drawIndexes,
  OPTION_CLASS,
  openingRound,
  optionLetter,
  review,
  score,
  seedFromSearch,
  type Answer,
  type PlayedQuestion as Question,
} from '../lib/quiz';

type Strings = Record<
  | 'progress'
  | 'right'
  | 'wrong'
  | 'yourChoice'
  | 'rightChoice'
  | 'next'
  | 'finish'
  | 'score'
  | 'reviewRight'
  | 'reviewWrong'
  | 'yourAnswer'
  | 'answer'
  | 'guide',
  string
>;

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));

const textOf = (root: Element, selector: string) =>
  root.querySelector(selector)?.textContent?.trim() ?? '';

/** A question as the no-JS list shows it (the same words the pool's JSON carries). */
function readQuestion(item: HTMLElement): Question {
  const guide = item.querySelector<HTMLAnchorElement>('[data-guide]');
  return {
    id: item.dataset['quizQ'] ?? '',
    kind: item.querySelector<HTMLElement>('[data-kind]')?.dataset['kind'] ?? '',
    channel: textOf(item, '[data-channel]'),
    scenario: textOf(item, '[data-scenario]'),
    options: [...item.querySelectorAll<HTMLElement>('[data-option]')].map(
      (o) => o.dataset['option'] ?? '',
    ),
    answer: Number(item.dataset['answer']),
    explanation: textOf(item, '[data-explanation]'),
    guideUrl: guide?.getAttribute('href') ?? '',
    guideTitle: guide?.dataset['guide'] ?? '',
  };
}

function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

export function startQuiz(): void {
  const root = document.querySelector<HTMLElement>('[data-quiz]');
  const list = document.getElementById('quiz-list');
  if (!root || !list) return;
  const listed = [...list.querySelectorAll<HTMLElement>('[data-quiz-q]')].map(readQuestion);
  const s = readJson<Strings | null>('quiz-strings', null);
  const first = listed[0];
  if (!s || !first) return;
  const length = Number(root.dataset['length']) || 10;
  // The whole pool from the site; where it cannot be fetched, the ten the page lists.
  const pool = afterPaint()
    .then(() => fetchJson<Question[]>(root.dataset['questions'], []))
    .then((fetched) => (fetched.length > 0 ? fetched : listed));
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const card = $('quiz-card');
  const heading = $('quiz-heading');
  const progress = $('quiz-progress');
  const kind = $('quiz-kind');
  const channel = $('quiz-channel');
  const scenario = $('quiz-scenario');
  const options = $('quiz-options');
  const feedback = $('quiz-feedback');
  const verdict = $('quiz-verdict');
  const explanation = $('quiz-explanation');
  const guide = $<HTMLAnchorElement>('quiz-guide');
  const next = $<HTMLButtonElement>('quiz-next');
  const result = $('quiz-result');
  const scoreHeading = $('quiz-score');
  const reviewList = $('quiz-review');
  const status = $('quiz-status');

  // The round so far: the page's first question, until the pool is in.
  let questions: Question[] = [first];
  let answers: Answer[] = [];
  let at = 0;
  const seed = seedFromSearch(location.search) ?? freshSeed();
  // The next button waits for this (at stays 0 until then).
  const opening = pool.then((all) => {
    questions = openingRound(all, first, length, seed);
  });

  const option = (q: Question, i: number) => `${optionLetter(i)}. ${q.options[i] ?? ''}`;

  const ask = (focus: boolean) => {
    const q = questions[at]!;
    card.dataset['id'] = q.id;
    progress.textContent = fill(s.progress, { n: at + 1, total: length });
    kind.textContent = q.kind;
    channel.textContent = q.channel;
    channel.hidden = !q.channel;
    scenario.textContent = q.scenario;
    replaceChildren(
      options,
      ...q.options.map((_, i) => {
        const b = el('button', OPTION_CLASS, option(q, i));
        b.type = 'button';
        return b;
      }),
    );
    feedback.hidden = true;
    next.hidden = true;
    card.hidden = false;
    result.hidden = true;
    if (focus) heading.focus();
  };

  const answer = (chosen: number) => {
    const q = questions[at]!;
    answers.push({ question: at, chosen });
    const right = chosen === q.answer;
    [...options.querySelectorAll('button')].forEach((b, i) => {
      b.disabled = true;
      if (i === q.answer) {
        b.classList.add('is-right');
        b.append(el('strong', '', s.rightChoice));
      } else if (i === chosen) {
        b.classList.add('is-wrong');
        b.append(el('strong', '', s.yourChoice));
      }
    });
    verdict.textContent = right ? s.right : fill(s.wrong, { letter: optionLetter(q.answer) });
    verdict.className = `text-xl font-bold ${right ? 'text-safe' : 'text-danger'}`;
    explanation.textContent = q.explanation;
    guide.href = q.guideUrl;
    guide.textContent = fill(s.guide, { title: q.guideTitle });
    feedback.hidden = false;
    next.textContent = at + 1 < length ? s.next : s.finish;
    next.hidden = false;
    status.textContent = verdict.textContent;
    next.focus();
  };

  const finish = () => {
    const total = questions.length;
    scoreHeading.textContent = fill(s.score, { right: score(questions, answers), total });
    replaceChildren(
      reviewList,
      ...review(questions, answers).map((item, n) => {
        const q = item.question;
        const li = el('li', 'rounded-lg border-2 border-line p-4');
        li.dataset['id'] = q.id;
        li.dataset['right'] = String(item.right);
        const a = el(
          'a',
          'inline-flex min-h-tap items-center font-bold',
          fill(s.guide, { title: q.guideTitle }),
        );
        a.href = q.guideUrl;
        const guideLine = el('p', 'mt-2');
        guideLine.append(a);
        li.append(
          el(
            'p',
            `text-lg font-bold ${item.right ? 'text-safe' : 'text-danger'}`,
            fill(item.right ? s.reviewRight : s.reviewWrong, { n: n + 1 }),
          ),
          el('p', 'mt-2', q.scenario),
          el(
            'p',
            'mt-2',
            fill(s.yourAnswer, {
              letter: optionLetter(item.chosen),
              option: q.options[item.chosen] ?? '',
            }),
          ),
          el(
            'p',
            'mt-1 font-bold',
            fill(s.answer, { letter: optionLetter(q.answer), option: q.options[q.answer] ?? '' }),
          ),
          el('p', 'mt-2', q.explanation),
          guideLine,
        );
        return li;
      }),
    );
    card.hidden = true;
    result.hidden = false;
    status.textContent = scoreHeading.textContent;
    scoreHeading.focus();
  };

  // The options answer by one listener: the first question's buttons are the page's own.
  options.addEventListener('click', (event) => {
    const chosen = [...options.querySelectorAll('button')].indexOf(
      (event.target as Element).closest('button') as HTMLButtonElement,
    );
    if (chosen >= 0 && answers.length === at) answer(chosen);
  });
  let waiting = false;
  next.addEventListener('click', async () => {
    if (waiting) return;
    // After the first question, the rest of the round needs the pool (almost always in by now).
    waiting = true;
    await opening;
    waiting = false;
    at += 1;
    if (at < questions.length) ask(true);
    else finish();
  });
  $('quiz-again').addEventListener('click', async () => {
    const all = await pool;
    questions = drawIndexes(all.length, length, freshSeed()).map((i) => all[i]!);
    answers = [];
    at = 0;
    ask(true);
  });
}
