/**
 * Turning the slides of a deck (src/client/deck.ts), as pure logic: which key does what, and where
 * a step forward or back lands when some slides reveal their parts one press at a time (a
 * scammer's line first, then its 破绽 and the right reply; a 判断题, then its answer).
 */

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'exit';

/**
 * The key a presentation clicker or a keyboard sends, as an action. Clickers send PageDown/PageUp
 * (some send arrows or B/period to blank the screen, which we leave alone).
 */
export function keyAction(key: string, shift = false): DeckAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
    case 'n':
    case 'N':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
    case 'Esc':
      return 'exit';
    default:
      return undefined;
  }
}

/** Where the deck stands: the slide (0-based) and how many of its hidden parts are shown. */
export interface DeckPosition {
  slide: number;
  shown: number;
}

/**
 * The position after `action`, for a deck whose slides have `parts[i]` parts to reveal. Forward
 * reveals the next part before leaving a slide; back goes to the previous slide whole (the
 * speaker has already talked it through); first and last show their slide whole too.
 */
export function move(
  at: DeckPosition,
  action: 'next' | 'prev' | 'first' | 'last',
  parts: readonly number[],
): DeckPosition {
  const last = parts.length - 1;
  const whole = (slide: number) => ({ slide, shown: parts[slide] ?? 0 });
  switch (action) {
    case 'next':
      if (at.shown < (parts[at.slide] ?? 0)) return { slide: at.slide, shown: at.shown + 1 };
      return at.slide < last ? { slide: at.slide + 1, shown: 0 } : at;
    case 'prev':
      return at.slide > 0 ? whole(at.slide - 1) : at;
    case 'first':
      return whole(0);
    case 'last':
      return whole(last);
  }
}

/** The slide a link's #hash names (#3 or #slide-3, 1-based), within the deck; else the first. */
export function slideFromHash(hash: string, total: number): number {
  const n = Number(/^#(?:slide-)?(\d+)$/.exec(hash)?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= total ? n - 1 : 0;
}
