/**
 * Synced lyrics for the song page (markup in src/components/SongPlayer.astro).
 *
 * - The line being sung gets aria-current="true" and is scrolled to the middle of the
 *   lyrics box (the box scrolls, never the page under the reader's thumb).
 * - Each line becomes a button that plays the song from that line.
 * - The big-lyrics view (a modal <dialog>: focus stays inside, Esc closes) shows the previous,
 *   current and next lines in very large type, with play/pause and line-by-line stepping
 *   by button, clicker or keyboard (space, ← →). Stepping moves (and seeks) without starting
 *   the music; without a recording the leader steps through by hand.
 */
import { lineAt } from '../lib/lrc';

export function enableSongPlayer(root: HTMLElement): void {
  const list = root.querySelector<HTMLOListElement>('ol[data-lyrics]');
  if (!list) return;
  const audio = root.querySelector<HTMLAudioElement>('audio[data-song-audio]');
  const items = [...list.querySelectorAll<HTMLLIElement>('li[data-time]')];
  const lines = items.map((li) => ({
    time: Number(li.dataset['time']),
    text: li.querySelector('.lyric-text')?.textContent ?? '',
  }));
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-big]');
  const bigLines = [...root.querySelectorAll<HTMLElement>('[data-big-line]')];
  const playButton = root.querySelector<HTMLButtonElement>('[data-big-play]');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let current = -1;

  const renderBig = (): void => {
    for (const el of bigLines) {
      const line = lines[current + Number(el.dataset['bigLine'])];
      el.textContent = line ? line.text || '♪' : '';
    }
  };

  const show = (index: number): void => {
    if (index === current) return;
    items[current]?.removeAttribute('aria-current');
    current = index;
    const item = items[index];
    if (item) {
      item.setAttribute('aria-current', 'true');
      // The list is positioned (global.css), so offsetTop is measured from its top.
      const top = item.offsetTop - (list.clientHeight - item.offsetHeight) / 2;
      list.scrollTo({ top: Math.max(0, top), behavior: reduceMotion.matches ? 'auto' : 'smooth' });
    }
    renderBig();
  };

  /** Moves to a line (seeking the recording there); `play` also starts the music. */
  const goTo = (index: number, play = false): void => {
    const target = Math.min(Math.max(index, 0), lines.length - 1);
    if (audio) {
      audio.currentTime = lines[target]!.time;
      if (play && audio.paused) void audio.play().catch(() => undefined);
    }
    show(target);
  };

  if (audio) {
    root.querySelector<HTMLElement>('[data-needs-js]')?.removeAttribute('hidden');
    items.forEach((li, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'lyric-seek';
      button.append(...li.childNodes);
      button.addEventListener('click', () => goTo(index, true));
      li.append(button);
    });

    let frame = 0;
    const sync = (): void => show(lineAt(lines, audio.currentTime));
    const tick = (): void => {
      sync();
      frame = audio.paused ? 0 : requestAnimationFrame(tick);
    };
    audio.addEventListener('timeupdate', sync);
    audio.addEventListener('seeked', sync);
    audio.addEventListener('play', () => {
      if (playButton) playButton.textContent = playButton.dataset['pause'] ?? '';
      if (!frame) frame = requestAnimationFrame(tick);
    });
    audio.addEventListener('pause', () => {
      if (playButton) playButton.textContent = playButton.dataset['play'] ?? '';
    });
    if (playButton) {
      playButton.addEventListener('click', () => togglePlay(audio));
    }
  }

  // <dialog> needs Safari 15.4: without it the big-lyrics button stays hidden.
  if (!dialog || typeof dialog.showModal !== 'function') return;
  const open = root.querySelector<HTMLButtonElement>('[data-big-open]');
  const fullscreen = root.querySelector<HTMLButtonElement>('[data-big-fullscreen]');
  let wakeLock: WakeLockSentinel | undefined;

  if (open) {
    open.hidden = false;
    open.addEventListener('click', () => {
      // With a recording the view follows the music (before the first line it shows what comes
      // next); without one the leader steps through by hand from the first line.
      if (!audio && current < 0) show(0);
      renderBig();
      dialog.showModal();
      void navigator.wakeLock
        ?.request('screen')
        .then((lock) => (wakeLock = lock))
        .catch(() => undefined);
    });
  }
  if (fullscreen && document.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    });
  }
  for (const step of root.querySelectorAll<HTMLButtonElement>('[data-big-step]')) {
    step.addEventListener('click', () => goTo(current + Number(step.dataset['bigStep'])));
  }
  root.querySelector('[data-big-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    void wakeLock?.release().catch(() => undefined);
    wakeLock = undefined;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft' || event.key === 'PageUp') goTo(current - 1);
    else if (event.key === 'ArrowRight' || event.key === 'PageDown') goTo(current + 1);
    else if (event.key === ' ' && audio && !(event.target instanceof HTMLButtonElement))
      togglePlay(audio);
    else return;
    event.preventDefault();
  });
}

function togglePlay(audio: HTMLAudioElement): void {
  if (audio.paused) void audio.play().catch(() => undefined);
  else audio.pause();
}
