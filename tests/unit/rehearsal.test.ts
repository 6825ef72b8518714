import { describe, expect, it } from 'vitest';
import {
  begin,
  choose,
  currentTurn,
  scriptProblems,
  turnsInOrder,
  type Choice,
  type Script,
} from '../../src/lib/rehearsal';

const risky = (next: string): Choice => ({ text: '照做', safe: false, sign: '漏掉的信号', next });
const safe: Choice = { text: '挂断', safe: true, sign: '为什么对' };

/** t1 → t2 → lost, each turn with one safe and one risky reply. */
const script: Script = {
  start: 't1',
  turns: [
    { id: 't2', messages: ['第二句'], choices: [safe, risky('lost')] },
    { id: 't1', messages: ['第一句', '还有一句'], choices: [risky('t2'), safe] },
    { id: 'lost', messages: ['收到'], end: 'lost', outcome: '钱被转走了' },
  ],
};

describe('playing a rehearsal', () => {
  it('starts at the start turn with no replies', () => {
    const state = begin(script);
    expect(state).toEqual({ turn: 't1', steps: [] });
    expect(currentTurn(script, state).messages).toEqual(['第一句', '还有一句']);
  });

  it('a safe reply ends it well, on the turn it answered', () => {
    expect(choose(script, begin(script), 1)).toEqual({
      turn: 't1',
      steps: [{ turn: 't1', choice: 1 }],
      ended: 'safe',
    });
  });

  it('a risky reply lets the scam go one step further', () => {
    const state = choose(script, begin(script), 0);
    expect(state).toEqual({ turn: 't2', steps: [{ turn: 't1', choice: 0 }] });
    expect(state.ended).toBeUndefined();
  });

  it('risky replies all the way reach the lost ending', () => {
    const state = choose(script, choose(script, begin(script), 0), 1);
    expect(state.ended).toBe('lost');
    expect(currentTurn(script, state).outcome).toBe('钱被转走了');
    expect(state.steps).toHaveLength(2);
  });

  it('an ended rehearsal, or a choice that is not there, stays as it is', () => {
    const ended = choose(script, begin(script), 1);
    expect(choose(script, ended, 0)).toBe(ended);
    const start = begin(script);
    expect(choose(script, start, 5)).toBe(start);
  });

  it('a safe reply always ends it, even where a next turn is written (the build refuses that)', () => {
    const odd: Script = {
      start: 't1',
      turns: [{ id: 't1', messages: ['一'], choices: [{ ...safe, next: 't1' }] }],
    };
    expect(choose(odd, begin(odd), 0).ended).toBe('safe');
  });

  it('a turn without choices takes no reply; a turn that is not there is an error', () => {
    const atEnd = { turn: 'lost', steps: [] };
    expect(choose(script, atEnd, 0)).toBe(atEnd);
    expect(() => currentTurn(script, { turn: 't9', steps: [] })).toThrow('rehearsal: no turn "t9"');
  });

  it('lists the turns in the order of the conversation for the no-JS script', () => {
    expect(turnsInOrder(script).map((t) => t.id)).toEqual(['t1', 't2', 'lost']);
  });

  it('lists a turn once however many replies lead to it, and skips a turn that is not there', () => {
    const twice: Script = {
      start: 't1',
      turns: [
        { id: 't1', messages: ['一'], choices: [risky('t2'), risky('t2'), risky('t9'), safe] },
        { id: 't2', messages: ['二'], choices: [safe, risky('lost')] },
        { id: 'lost', messages: ['收到'], end: 'lost', outcome: '没了' },
      ],
    };
    expect(turnsInOrder(twice).map((t) => t.id)).toEqual(['t1', 't2', 'lost']);
  });
});

describe('checking a rehearsal’s paths', () => {
  it('a script whose every path ends has no problem', () => {
    expect(scriptProblems(script)).toEqual([]);
  });

  it('a choice going to a turn that does not exist', () => {
    const broken: Script = {
      start: 't1',
      turns: [{ id: 't1', messages: ['话'], choices: [safe, risky('t9')] }],
    };
    expect(scriptProblems(broken)).toEqual([
      'turn "t1": choice 2 goes to "t9", which does not exist',
    ]);
  });

  it('a start that names no turn', () => {
    expect(scriptProblems({ ...script, start: 't0' })).toEqual([
      'start is "t0", but there is no turn with that id',
    ]);
  });

  it('a turn no path reaches', () => {
    const extra: Script = {
      ...script,
      turns: [
        ...script.turns,
        { id: 't7', messages: ['没人到这里'], choices: [safe, risky('lost')] },
      ],
    };
    expect(scriptProblems(extra)).toEqual(['turn "t7" cannot be reached from the start']);
  });

  it('a loop: a path that comes back to a turn never ends', () => {
    const loop: Script = {
      start: 't1',
      turns: [
        { id: 't1', messages: ['一'], choices: [safe, risky('t2')] },
        { id: 't2', messages: ['二'], choices: [safe, risky('t1')] },
      ],
    };
    expect(scriptProblems(loop)).toEqual(['turn "t1": a path comes back to it (loop)']);
  });

  it('a loop is named once, however many paths lead into it', () => {
    const diamond: Script = {
      start: 't1',
      turns: [
        { id: 't1', messages: ['一'], choices: [risky('a'), risky('b'), safe] },
        { id: 'a', messages: ['甲'], choices: [risky('c'), safe] },
        { id: 'b', messages: ['乙'], choices: [risky('c'), safe] },
        { id: 'c', messages: ['丙'], choices: [risky('a'), safe] },
      ],
    };
    expect(scriptProblems(diamond)).toEqual(['turn "a": a path comes back to it (loop)']);
  });

  it('an ending that offers choices', () => {
    const ending: Script = {
      start: 't1',
      turns: [
        { id: 't1', messages: ['一'], choices: [safe, risky('lost')] },
        { id: 'lost', messages: ['收到'], end: 'lost', outcome: '没了', choices: [safe] },
      ],
    };
    expect(scriptProblems(ending)).toEqual(['turn "lost": an ending cannot have choices']);
  });

  it('dead ends: a turn with neither choices nor an end, a risky reply going nowhere', () => {
    const dead: Script = {
      start: 't1',
      turns: [
        { id: 't1', messages: ['一'], choices: [safe, risky('t2'), { ...safe, safe: false }] },
        { id: 't2', messages: ['二'] },
      ],
    };
    expect(scriptProblems(dead)).toEqual([
      'turn "t1": choice 3 is risky but has no next turn (dead end)',
      'turn "t2": no choices and no end (dead end)',
    ]);
  });

  it('a turn with no safe reply, a safe reply that goes on, a turn written twice', () => {
    const bad: Script = {
      start: 't1',
      turns: [
        { id: 't1', messages: ['一'], choices: [risky('lost'), { ...safe, next: 'lost' }] },
        { id: 't1', messages: ['一'], choices: [risky('lost'), risky('lost')] },
        { id: 'lost', messages: ['收到'], end: 'lost', outcome: '没了' },
      ],
    };
    expect(scriptProblems(bad)).toEqual([
      'turn "t1" is written twice',
      'turn "t1": choice 2 is safe, so it ends; it cannot go on to "lost"',
      'turn "t1": no safe choice',
    ]);
  });
});
