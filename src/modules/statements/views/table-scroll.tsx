import type { ComponentChildren } from 'preact';

/**
 * A table that may scroll sideways on a narrow screen. The scrolling box is
 * a focusable, named region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll(props: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <section class="table-scroll" tabIndex={0} aria-label={props.label}>
      {props.children}
    </section>
  );
}
