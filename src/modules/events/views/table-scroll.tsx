import type { ComponentChildren } from 'preact';

/**
 * A wide table's scrolling frame on a phone: a named region that takes the
 * keyboard's focus, so the table can be scrolled without a mouse (WCAG 2.1.1).
 */
export function TableScroll(props: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled
    <section class="table-scroll" aria-label={props.label} tabIndex={0}>
      {props.children}
    </section>
  );
}
