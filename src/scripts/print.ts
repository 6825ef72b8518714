/**
 * "打印这一份" buttons on <Printable> pieces: mark the piece, print, unmark. The print
 * stylesheet (global.css) shows only the marked piece while the mark is set.
 */
export function enablePrintButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const html = root.documentElement;
      const target = button.closest('.printable');
      target?.classList.add('printing-target');
      html.dataset['printOnly'] = button.dataset['print'] ?? '';
      const clear = () => {
        delete html.dataset['printOnly'];
        target?.classList.remove('printing-target');
        window.removeEventListener('afterprint', clear);
      };
      window.addEventListener('afterprint', clear);
      window.print();
    });
  }
}
