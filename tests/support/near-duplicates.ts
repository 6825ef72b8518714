/**
 * Finds texts that say the same thing with small changes (punctuation, spacing, a word or two), for the
 * content tests: two quiz questions on one scenario would waste a reader's turn.
 */

/** A text reduced to what a reader compares: letters, digits and Chinese characters, lower case. */
const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The text's pairs of neighbouring characters, with how often each occurs. */
function bigrams(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * How alike two texts are once normalised, from 0 (no character pair in common) to 1 (the same
 * pairs): the Dice coefficient over character pairs, which suits Chinese (no spaces between words).
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(normalise(a));
  const y = bigrams(normalise(b));
  let shared = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const [pair, n] of y) {
    total += n;
    shared += Math.min(n, x.get(pair) ?? 0);
  }
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Every pair of entries whose texts are at least `threshold` alike, most alike first. */
export function nearDuplicates(
  entries: readonly { id: string; text: string }[],
  threshold: number,
): { a: string; b: string; score: number }[] {
  const found: { a: string; b: string; score: number }[] = [];
  entries.forEach((x, i) => {
    for (const y of entries.slice(i + 1)) {
      const score = similarity(x.text, y.text);
      if (score >= threshold) found.push({ a: x.id, b: y.id, score });
    }
  });
  return found.sort((p, q) => q.score - p.score);
}
