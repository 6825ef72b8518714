/** /quiz/<audience>/questions.json: one audience's questions as the quiz's script plays them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAudiences } from '../../../data/content';
import { playedQuestions, quizPool } from '../../../data/quiz';

export const getStaticPaths = (async () =>
  (await getAudiences()).map((audience) => ({
    params: { audience: audience.id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(playedQuestions(await quizPool(params['audience']))), {
    headers: { 'Content-Type': 'application/json' },
  });
