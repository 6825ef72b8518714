/**
 * 防骗演练 as a chat (src/pages/quiz/rehearsal/[slug].astro): the scammer's lines arrive one at a
 * time (no delay with prefers-reduced-motion), the reader answers with a real button, a risky
 * reply shows the warning sign just missed and the scam goes on, a safe reply or a lost ending
 * shows the result panel. The state is src/lib/rehearsal.ts; this file only draws it.
 */
import { el, readJson, replaceChildren } from './dom';
import { begin, choose, currentTurn, type Script, type Turn } from '../lib/rehearsal';

interface Data extends Script {
  who: string;
}

/** Time between two chat lines: long enough to read as "arriving", short enough not to wait. */
const PAUSE_MS = 700;

export function startRehearsal(root: HTMLElement | null): void {
  const data = readJson<Data | null>('rehearsal-data', null);
  const log = document.getElementById('rehearsal-log');
  const choicesBox = document.getElementById('rehearsal-choices');
  const group = choicesBox?.querySelector('[role="group"]');
  const result = document.getElementById('rehearsal-result');
  const heading = document.getElementById('rehearsal-result-heading');
  const resultText = document.getElementById('rehearsal-result-text');
  const again = document.getElementById('rehearsal-again');
  const script = document.getElementById('rehearsal-script');
  if (!root || !data || !log || !choicesBox || !group || !result || !heading || !resultText) return;
  const text = root.dataset;
  const pause = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : PAUSE_MS;
  let state = begin(data);
  let timers: number[] = [];

  const bubble = (who: string, line: string, mine: boolean) => {
    const node = el('p', `chat-bubble ${mine ? 'chat-me' : 'chat-them'}`);
    node.append(el('span', 'chat-name', who), document.createTextNode(line));
    log.append(node);
    node.scrollIntoView({ block: 'nearest' });
  };

  /** The turn's lines one by one, then `done`. */
  const say = (turn: Turn, done: () => void) => {
    turn.messages.forEach((line, i) => {
      timers.push(window.setTimeout(() => bubble(data.who, line, false), pause * i));
    });
    timers.push(window.setTimeout(done, pause * turn.messages.length));
  };

  const offer = (turn: Turn) => {
    const buttons = (turn.choices ?? []).map((choice, i) => {
      const button = el('button', 'chat-choice', choice.text);
      button.type = 'button';
      button.addEventListener('click', () => answer(i));
      return button;
    });
    replaceChildren(group, ...buttons);
    choicesBox.hidden = false;
    buttons[0]?.focus();
  };

  const finish = (safe: boolean, why: string) => {
    heading.textContent = safe ? (text['safe'] ?? '') : (text['lost'] ?? '');
    resultText.textContent = why;
    result.classList.toggle('border-safe', safe);
    result.classList.toggle('border-danger', !safe);
    result.hidden = false;
    // The full script, every choice explained, for a look back at the other replies.
    if (script) script.hidden = false;
    heading.focus();
  };

  const answer = (index: number) => {
    const choice = currentTurn(data, state).choices?.[index];
    if (!choice) return;
    choicesBox.hidden = true;
    bubble(text['you'] ?? '', choice.text, true);
    const note = el('p', choice.safe ? 'chat-note is-safe' : 'chat-note');
    note.append(
      el('strong', '', (choice.safe ? text['right'] : text['missed']) ?? ''),
      document.createTextNode(choice.sign),
    );
    log.append(note);
    state = choose(data, state, index);
    const turn = currentTurn(data, state);
    if (state.ended === 'safe') finish(true, choice.sign);
    else if (state.ended === 'lost') say(turn, () => finish(false, turn.outcome ?? ''));
    else say(turn, () => offer(turn));
  };

  const play = () => {
    timers.forEach((id) => window.clearTimeout(id));
    timers = [];
    state = begin(data);
    replaceChildren(log);
    result.hidden = true;
    choicesBox.hidden = true;
    if (script) script.hidden = true;
    say(currentTurn(data, state), () => offer(currentTurn(data, state)));
  };

  again?.addEventListener('click', play);
  root.hidden = false;
  play();
}
