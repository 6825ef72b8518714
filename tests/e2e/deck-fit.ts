/**
 * Whether every slide of a deck (src/client/deck.ts: /present/…, the quiz's classroom mode) fits
 * the screen: each slide is opened through the address, as a clicker would reach it, then checked
 * for text running off, for type smaller than 3 % of the screen, and for a heading squeezed into
 * less than 40 % of the slide's width (a QR code beside it on a narrow screen). Hidden parts keep
 * their room (visibility), so each slide is measured as if fully revealed. The control bar is
 * checked once per deck: every control whole on the screen, none wrapped onto a second line.
 */
import type { Page } from '@playwright/test';

/** A projector, a phone held sideways and one held upright. */
const DECK_SCREENS = [
  { width: 1280, height: 720 },
  { width: 844, height: 390 },
  { width: 390, height: 844 },
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
          for (const heading of slide.querySelectorAll('.slide-heading'))
            if (heading.getBoundingClientRect().width < slide.clientWidth * 0.4)
              found.push(`${i + 1}: heading squeezed`);
        }
        const bar = document.querySelector('[data-deck-bar]')!.getBoundingClientRect();
        for (const control of document.querySelectorAll<HTMLElement>(
          '[data-deck-bar] > :is(button, a, p)',
        )) {
          const box = control.getBoundingClientRect();
          if (box.width === 0) continue;
          const name = control.textContent?.trim().slice(0, 8);
          if (box.left < bar.left - 0.5 || box.right > bar.right + 0.5)
            found.push(`bar: ${name} off the screen`);
          if (box.top < bar.top - 0.5 || box.bottom > bar.bottom + 0.5)
            found.push(`bar: ${name} taller than the bar`);
        }
        return found;
      }, floor);
      for (const problem of problems)
        wrong.push(`${viewport.width}×${viewport.height} ${url} slide ${problem}`);
    }
  }
  return wrong;
}
