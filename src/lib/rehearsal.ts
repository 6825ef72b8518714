/**
 * 防骗演练 (/quiz/rehearsal/<slug>/): a scam conversation as data, its path check and the state of
 * one play-through. Plain TypeScript: the build checks a script with `scriptProblems`, the page
 * script (src/client/rehearsal.ts) plays it with `begin` and `choose`, and both are unit-tested.
 */

/** One reply the reader can pick. */
export interface Choice {
  text: string;
  /** true: the reader stopped the scam here and the rehearsal ends well. */
  safe: boolean;
  /** Risky: the warning sign just missed. Safe: why this reply is right. */
  sign: string;
  /** Risky choices only: the id of the turn the scam goes on to. */
  next?: string | undefined;
}

/** One step of the conversation: the scammer's lines, then the reader's choices or the end. */
export interface Turn {
  id: string;
  messages: string[];
  /** 2–3 replies; absent on a lost ending. */
  choices?: Choice[] | undefined;
  /** `lost`: the money is gone; `outcome` says what happened and what to do now. */
  end?: 'lost' | undefined;
  outcome?: string | undefined;
}

export interface Script {
  start: string;
  turns: Turn[];
}

/**
 * Everything wrong with a script's paths, one sentence each naming the turn: `start` and every
 * `next` must name a turn, every turn must be reachable from the start, no path may come back to
 * a turn it has passed (a loop never ends), every turn must either offer choices or end, and
 * every choice turn must offer at least one safe reply (the rehearsal is there to practise it).
 */
export function scriptProblems(script: Script): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Turn>();
  for (const turn of script.turns) {
    if (byId.has(turn.id)) problems.push(`turn "${turn.id}" is written twice`);
    byId.set(turn.id, turn);
  }
  if (!byId.has(script.start)) {
    problems.push(`start is "${script.start}", but there is no turn with that id`);
    return problems;
  }
  for (const turn of script.turns) {
    const choices = turn.choices ?? [];
    if (turn.end === undefined && choices.length === 0) {
      problems.push(`turn "${turn.id}": no choices and no end (dead end)`);
    }
    if (turn.end !== undefined && choices.length > 0) {
      problems.push(`turn "${turn.id}": an ending cannot have choices`);
    }
    if (choices.length > 0 && !choices.some((c) => c.safe)) {
      problems.push(`turn "${turn.id}": no safe choice`);
    }
    choices.forEach((c, i) => {
      const n = i + 1;
      if (c.safe && c.next !== undefined) {
        problems.push(
          `turn "${turn.id}": choice ${n} is safe, so it ends; it cannot go on to "${c.next}"`,
        );
      } else if (!c.safe && c.next === undefined) {
        problems.push(`turn "${turn.id}": choice ${n} is risky but has no next turn (dead end)`);
      } else if (c.next !== undefined && !byId.has(c.next)) {
        problems.push(`turn "${turn.id}": choice ${n} goes to "${c.next}", which does not exist`);
      }
    });
  }
  // Depth-first from the start: a turn met again on the current path is a loop.
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const walk = (id: string): void => {
    if (onPath.has(id)) {
      problems.push(`turn "${id}": a path comes back to it (loop)`);
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onPath.add(id);
    for (const c of byId.get(id)?.choices ?? []) if (c.next && byId.has(c.next)) walk(c.next);
    onPath.delete(id);
  };
  walk(script.start);
  for (const turn of script.turns) {
    if (!reached.has(turn.id)) problems.push(`turn "${turn.id}" cannot be reached from the start`);
  }
  return problems;
}

/** One reply the reader made, with the turn it answered. */
interface Step {
  turn: string;
  choice: number;
}

/** Where a play-through stands: the turn shown now, the replies so far and, once over, how it ended. */
export interface State {
  turn: string;
  steps: Step[];
  ended?: 'safe' | 'lost';
}

const turnOf = (script: Script, id: string): Turn => {
  const turn = script.turns.find((t) => t.id === id);
  if (!turn) throw new Error(`rehearsal: no turn "${id}"`);
  return turn;
};

/** The state at the start (or after 重新演练). */
export function begin(script: Script): State {
  return { turn: script.start, steps: [] };
}

/** The turn the state shows now. */
export const currentTurn = (script: Script, state: State): Turn => turnOf(script, state.turn);

/**
 * The state after the reader picks choice `index` of the current turn: a safe reply ends it well;
 * a risky one moves to the next turn, which ends it as lost when that turn is an ending.
 * An ended state, or an index that is not a choice, stays as it is.
 */
export function choose(script: Script, state: State, index: number): State {
  if (state.ended) return state;
  const choice = currentTurn(script, state).choices?.[index];
  if (!choice) return state;
  const steps = [...state.steps, { turn: state.turn, choice: index }];
  if (choice.safe || choice.next === undefined) return { turn: state.turn, steps, ended: 'safe' };
  const next = turnOf(script, choice.next);
  return next.end ? { turn: next.id, steps, ended: 'lost' } : { turn: next.id, steps };
}

/**
 * The turns in reading order for the no-JavaScript script: the start first, then each turn after
 * the one that leads to it (breadth-first), so 第 n 步 numbers follow the conversation.
 */
export function turnsInOrder(script: Script): Turn[] {
  const order: Turn[] = [];
  const queue = [script.start];
  const seen = new Set(queue);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const turn = script.turns.find((t) => t.id === id);
    if (!turn) continue;
    order.push(turn);
    for (const c of turn.choices ?? []) {
      if (c.next && !seen.has(c.next)) {
        seen.add(c.next);
        queue.push(c.next);
      }
    }
  }
  return order;
}
