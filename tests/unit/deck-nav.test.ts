import { describe, expect, it } from 'vitest';
import { keyAction, move, slideFromHash } from '../../src/lib/deck-nav';

describe('keyAction', () => {
  it('turns forward on what clickers and keyboards send for “next”', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'n', 'N'])
      expect(keyAction(key), key).toBe('next');
  });
  it('turns back on “previous”, including Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])
      expect(keyAction(key), key).toBe('prev');
    expect(keyAction(' ', true)).toBe('prev');
    expect(keyAction('Spacebar', true)).toBe('prev');
  });
  it('knows Home, End, F and Esc, and leaves other keys alone', () => {
    expect(keyAction('Home')).toBe('first');
    expect(keyAction('End')).toBe('last');
    expect(keyAction('f')).toBe('fullscreen');
    expect(keyAction('F')).toBe('fullscreen');
    expect(keyAction('Escape')).toBe('exit');
    expect(keyAction('Esc')).toBe('exit');
    for (const key of ['b', '.', 'Tab', 'a', 'Shift']) expect(keyAction(key), key).toBeUndefined();
  });
});

describe('move', () => {
  // Slide 2 (index 1) reveals two parts; the others none.
  const parts = [0, 2, 0];
  it('reveals a slide’s parts one press at a time before moving on', () => {
    let at = move({ slide: 0, shown: 0 }, 'next', parts);
    expect(at).toEqual({ slide: 1, shown: 0 });
    at = move(at, 'next', parts);
    expect(at).toEqual({ slide: 1, shown: 1 });
    at = move(at, 'next', parts);
    expect(at).toEqual({ slide: 1, shown: 2 });
    at = move(at, 'next', parts);
    expect(at).toEqual({ slide: 2, shown: 0 });
  });
  it('stays on the last slide going forward and on the first going back', () => {
    expect(move({ slide: 2, shown: 0 }, 'next', parts)).toEqual({ slide: 2, shown: 0 });
    expect(move({ slide: 0, shown: 0 }, 'prev', parts)).toEqual({ slide: 0, shown: 0 });
  });
  it('goes back to a slide whole, and to the first or last whole', () => {
    expect(move({ slide: 2, shown: 0 }, 'prev', parts)).toEqual({ slide: 1, shown: 2 });
    expect(move({ slide: 1, shown: 1 }, 'prev', parts)).toEqual({ slide: 0, shown: 0 });
    expect(move({ slide: 2, shown: 0 }, 'first', [3, 0, 0])).toEqual({ slide: 0, shown: 3 });
    expect(move({ slide: 0, shown: 0 }, 'last', [0, 0, 1])).toEqual({ slide: 2, shown: 1 });
  });
});

describe('slideFromHash', () => {
  it('reads #3 and #slide-3 as the third slide, within the deck', () => {
    expect(slideFromHash('#3', 10)).toBe(2);
    expect(slideFromHash('#slide-3', 10)).toBe(2);
    expect(slideFromHash('#10', 10)).toBe(9);
  });
  it('opens the first slide for anything else', () => {
    for (const hash of ['', '#', '#0', '#11', '#-2', '#2.5', '#x', '#3a', '##3', '#x#3'])
      expect(slideFromHash(hash, 10), hash).toBe(0);
  });
});
