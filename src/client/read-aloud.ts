/**
 * Reads a page's main content aloud with the browser's own speech synthesis, in Chinese.
 * One utterance per block (headings, paragraphs, list items, table cells): browsers cut long
 * utterances short, and the block being read is highlighted and kept in view so a reader can
 * follow with their eyes. Navigation (breadcrumbs), dialogs and anything marked data-no-read (such
 * as a guide's 也叫 line of search phrases) are skipped. Hotlines are spoken as on the phone
 * (110 → 幺幺零: src/lib/speech.ts); the page text is not changed.
 */
import { speechText } from '../lib/speech';

export interface ReadAloud {
  stop(): void;
}

interface Handlers {
  onEnd(): void;
  /** The browser has no speech synthesis, or no Chinese voice. */
  onNoVoice(): void;
}

const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, th, td, figcaption, blockquote, summary';

/**
 * The blocks to read, in document order: visible text blocks that are not inside another
 * block already chosen (a list item holding paragraphs is read once, as a whole).
 */
function readableBlocks(main: HTMLElement): HTMLElement[] {
  const kept: HTMLElement[] = [];
  for (const el of main.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.closest('[data-no-read], nav, dialog, [hidden], [aria-hidden="true"], .sr-only'))
      continue;
    if (el.getClientRects().length === 0 || (el.textContent ?? '').trim() === '') continue;
    if (kept.some((outer) => outer.contains(el))) continue;
    kept.push(el);
  }
  return kept;
}

/** The best Chinese voice: zh-CN first, then any Chinese. */
export function chineseVoice(
  voices: readonly SpeechSynthesisVoice[],
): SpeechSynthesisVoice | undefined {
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => lang(v) === 'zh-cn') ??
    voices.find((v) => lang(v).startsWith('zh') || lang(v).startsWith('cmn'))
  );
}

function voicesReady(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  // Chrome fills the list asynchronously; give it a moment.
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

export function readAloud(main: HTMLElement, handlers: Handlers): ReadAloud {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  let stopped = false;
  let reading: HTMLElement | undefined;
  const mark = (el: HTMLElement | undefined) => {
    reading?.classList.remove('reading-now');
    reading = el;
    el?.classList.add('reading-now');
  };
  const stop = () => {
    stopped = true;
    synth?.cancel();
    mark(undefined);
  };
  if (!synth) {
    // Not queueMicrotask: iOS Safari 12 (the supported floor) lacks it.
    void Promise.resolve().then(handlers.onNoVoice);
    return { stop };
  }
  synth.cancel();
  void voicesReady(synth).then((voices) => {
    if (stopped) return;
    const voice = chineseVoice(voices);
    if (!voice) {
      handlers.onNoVoice();
      return;
    }
    const blocks = readableBlocks(main);
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const next = (index: number): void => {
      if (stopped) return;
      const block = blocks[index];
      if (!block) {
        mark(undefined);
        handlers.onEnd();
        return;
      }
      mark(block);
      block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      const utterance = new SpeechSynthesisUtterance(speechText(block.textContent ?? ''));
      utterance.lang = 'zh-CN';
      utterance.voice = voice;
      utterance.rate = 0.9;
      utterance.onend = () => next(index + 1);
      utterance.onerror = () => next(index + 1);
      synth.speak(utterance);
    };
    next(0);
  });
  return { stop };
}
