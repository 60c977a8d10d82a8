import type { ComponentChildren } from 'preact';

/**
 * The frame of a table that may be wider than a phone: it scrolls sideways
 * inside itself instead of widening the page, and it is a named region that
 * takes the keyboard's focus, so it can be scrolled without a mouse (WCAG 2.1.1,
 * axe `scrollable-region-focusable`). Give it the table's caption as its label.
 */
export function TableScroll(props: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard
    <section class="table-scroll" tabIndex={0} aria-label={props.label}>
      {props.children}
    </section>
  );
}
