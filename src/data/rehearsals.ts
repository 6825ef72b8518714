/**
 * Checks every rehearsal's paths before any page renders (src/data/content.ts calls it), naming
 * the file and the turn: a zod schema sees one field at a time, not whether a `next` leads to a
 * turn that exists or whether every path ends. No `astro:content` here, so tests run it directly.
 */
import { scriptProblems, type Script } from '../lib/rehearsal';

interface RehearsalLike {
  id: string;
  filePath?: string | undefined;
  data: Script;
}

/** One line per problem: `content/rehearsals/x.yaml: turn "t3": choice 2 goes to "t9", which does not exist`. */
export function findRehearsalProblems(entries: readonly RehearsalLike[]): string[] {
  return entries.flatMap((e) =>
    scriptProblems(e.data).map((p) => `${e.filePath ?? `content/rehearsals/${e.id}.yaml`}: ${p}`),
  );
}

/** The build's error message for the problems found. */
export function formatRehearsalProblems(problems: readonly string[]): string {
  return `Broken rehearsal paths (演练的对话走不通):\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
