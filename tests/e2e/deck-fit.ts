/**
 * Whether every slide of a deck (src/client/deck.ts: /present/…, the quiz's classroom mode) fits
 * the screen: each slide is opened through the address, as a clicker would reach it, then checked
 * for text running off and for type smaller than 3 % of the screen. Hidden parts keep their room
 * (visibility), so each slide is measured as if fully revealed.
 */
import type { Page } from '@playwright/test';

/** A projector and a phone held sideways. */
const DECK_SCREENS = [
  { width: 1280, height: 720 },
  { width: 844, height: 390 },
] as const;

/** What is wrong with the slides at `urls`, on every screen of DECK_SCREENS; empty when all fit. */
export async function deckFitProblems(page: Page, urls: readonly string[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const viewport of DECK_SCREENS) {
    await page.setViewportSize(viewport);
    const floor = Math.min(viewport.width, viewport.height) * 0.03 - 0.5;
    for (const url of urls) {
      await page.goto(url);
      const problems = await page.evaluate(async (floor) => {
        const slides = [...document.querySelectorAll<HTMLElement>('.slide')];
        const found: string[] = [];
        for (let i = 0; i < slides.length; i++) {
          location.hash = `#${i + 1}`;
          await new Promise((done) => window.addEventListener('hashchange', done, { once: true }));
          const slide = slides[i]!;
          if (!slide.classList.contains('is-current')) found.push(`${i + 1}: not shown`);
          if (slide.scrollHeight > slide.clientHeight + 1) found.push(`${i + 1}: runs off`);
          const px = parseFloat(getComputedStyle(slide).fontSize);
          if (px < floor) found.push(`${i + 1}: ${px.toFixed(1)} px`);
        }
        return found;
      }, floor);
      for (const problem of problems)
        wrong.push(`${viewport.width}×${viewport.height} ${url} slide ${problem}`);
    }
  }
  return wrong;
}
