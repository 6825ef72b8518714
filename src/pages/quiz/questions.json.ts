/**
 * /quiz/questions.json: the whole question bank as the quiz's script plays it. The page lists only
 * a fixed ten for readers without JavaScript, so its HTML stays one round trip.
 */
import type { APIRoute } from 'astro';
import { playedQuestions, quizPool } from '../../data/quiz';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(playedQuestions(await quizPool())), {
    headers: { 'Content-Type': 'application/json' },
  });
