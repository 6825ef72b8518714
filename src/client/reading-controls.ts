/**
 * The reading toolbar in the header (src/components/ReadingControls.astro): text size,
 * high contrast and read-aloud. Choices are kept in localStorage under one key, never in a
 * cookie; /prefs-init.js (src/lib/reading-prefs.ts) applies them before the first paint on every page.
 */
import { parsePrefs, PREFS_KEY, type ReadingPrefs, type TextSize } from '../lib/reading-prefs';
import { readAloud, type ReadAloud } from './read-aloud';

/** The saved choice, or none where storage is blocked or holds something unknown. */
function loadPrefs(storage: Pick<Storage, 'getItem'> | undefined): ReadingPrefs {
  try {
    return parsePrefs(storage?.getItem(PREFS_KEY) ?? null);
  } catch {
    return {};
  }
}

/** The browser's localStorage, or none where it is blocked (just reading the property can throw). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function savePrefs(prefs: ReadingPrefs): void {
  try {
    storage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage blocked (private mode, some in-app browsers): the choice lasts for this page only.
  }
}

export function enableReadingControls(root: HTMLElement): void {
  const html = document.documentElement;
  const prefs = loadPrefs(storage());
  const sizeButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  const contrastButton = root.querySelector<HTMLButtonElement>('button[data-contrast]');

  const showSize = (): void => {
    const size = html.dataset['textSize'] ?? 'standard';
    for (const b of sizeButtons) b.setAttribute('aria-pressed', String(b.dataset['size'] === size));
  };
  const showContrast = (): void => {
    contrastButton?.setAttribute('aria-pressed', String(html.dataset['contrast'] === 'high'));
  };
  showSize();
  showContrast();

  for (const button of sizeButtons) {
    button.addEventListener('click', () => {
      const size = button.dataset['size'] as TextSize;
      if (size === 'standard') delete html.dataset['textSize'];
      else html.dataset['textSize'] = size;
      prefs.size = size;
      savePrefs(prefs);
      showSize();
    });
  }
  contrastButton?.addEventListener('click', () => {
    const high = html.dataset['contrast'] !== 'high';
    if (high) html.dataset['contrast'] = 'high';
    else delete html.dataset['contrast'];
    prefs.contrast = high ? 'high' : 'normal';
    savePrefs(prefs);
    showContrast();
  });

  const readButton = root.querySelector<HTMLButtonElement>('button[data-read]');
  const status = root.querySelector<HTMLElement>('[data-read-status]');
  const float = root.querySelector<HTMLButtonElement>('[data-read-float]');
  const main = document.querySelector<HTMLElement>('main');
  if (!readButton || !status || !main) return;
  let session: ReadAloud | undefined;
  const idle = (): void => {
    session = undefined;
    readButton.textContent = readButton.dataset['start'] ?? '';
    readButton.setAttribute('aria-pressed', 'false');
    if (float) float.hidden = true;
  };
  const stopReading = (): void => {
    session?.stop();
    status.textContent = readButton.dataset['stopped'] ?? '';
    const wasFocused = document.activeElement === float;
    idle();
    // Focus must not vanish with the floating button.
    if (wasFocused) readButton.focus();
  };
  float?.addEventListener('click', stopReading);
  readButton.addEventListener('click', () => {
    if (session) {
      stopReading();
      return;
    }
    if (float) float.hidden = false;
    readButton.textContent = readButton.dataset['stop'] ?? '';
    readButton.setAttribute('aria-pressed', 'true');
    status.textContent = readButton.dataset['reading'] ?? '';
    session = readAloud(main, {
      onEnd: () => {
        status.textContent = readButton.dataset['done'] ?? '';
        idle();
      },
      onNoVoice: () => {
        status.textContent = readButton.dataset['noVoice'] ?? '';
        idle();
      },
    });
  });
  // Leaving the page must not leave the browser talking.
  window.addEventListener('pagehide', () => session?.stop());
}
