/**
 * 防骗演练 as a chat (src/pages/quiz/rehearsal/[slug].astro): the scammer's lines arrive one at a
 * time (no delay with prefers-reduced-motion), the reader answers with a real button, a risky
 * reply shows the warning sign just missed and the scam goes on, a safe reply or a lost ending
 * shows the result panel. The lines scroll inside the chat pane (src/styles/rehearsal.css), never
 * the page. The state is src/lib/rehearsal.ts; this file only draws it.
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

  // The newest line in view: the pane scrolls, the page does not.
  const toEnd = () => {
    log.scrollTop = log.scrollHeight;
  };

  const bubble = (who: string, line: string, mine: boolean) => {
    const node = el('p', `chat-bubble ${mine ? 'chat-me' : 'chat-them'}`);
    node.append(el('span', 'chat-name', who), document.createTextNode(line));
    log.append(node);
    toEnd();
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
    toEnd();
    buttons[0]?.focus();
  };

  /**
   * The result, and the full script below it (every choice explained, for a look back at the
   * other replies). Laid out at the reader's tap, but unseen (`is-pending`) until `reveal`: a lost
   * ending's last lines still arrive first, and the page must not move when they have.
   */
  const finish = (safe: boolean, why: string) => {
    heading.textContent = safe ? (text['safe'] ?? '') : (text['lost'] ?? '');
    resultText.textContent = why;
    result.classList.toggle('border-safe', safe);
    result.classList.toggle('border-danger', !safe);
    result.classList.add('is-pending');
    script?.classList.add('is-pending');
    result.hidden = false;
    script?.classList.remove('no-js-only');
  };
  const reveal = () => {
    result.classList.remove('is-pending');
    script?.classList.remove('is-pending');
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
    toEnd();
    state = choose(data, state, index);
    const turn = currentTurn(data, state);
    if (state.ended === 'safe') {
      finish(true, choice.sign);
      reveal();
    } else if (state.ended === 'lost') {
      finish(false, turn.outcome ?? '');
      say(turn, reveal);
    } else say(turn, () => offer(turn));
  };

  const play = () => {
    timers.forEach((id) => window.clearTimeout(id));
    timers = [];
    state = begin(data);
    replaceChildren(log);
    result.hidden = true;
    choicesBox.hidden = true;
    result.classList.remove('is-pending');
    script?.classList.remove('is-pending');
    script?.classList.add('no-js-only');
    say(currentTurn(data, state), () => offer(currentTurn(data, state)));
  };

  again?.addEventListener('click', play);
  play();
}
