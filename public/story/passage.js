// Selecting a part of a paragraph (with a mouse, a finger or Shift and the arrow keys) makes that
// paragraph's "comment" button carry the selected passage to the comment form. Without this script
// the button still opens the form, where the passage can be typed or pasted.
const MAX = 1000;

/**
 * The story block (paragraph) a node of the selection is in, or null.
 * @param {Node | null} node
 * @returns {Element | null}
 */
function paragraphOf(node) {
  const element = node instanceof Element ? node : node ? node.parentElement : null;
  return element ? element.closest('.story-block') : null;
}

function update() {
  const selection = document.getSelection();
  const text = selection ? selection.toString().trim().replace(/\s+/g, ' ') : '';
  // A tap on the button collapses the selection first: an empty selection keeps the passage chosen.
  if (!text) return;
  if (!selection) return;
  for (const link of document.querySelectorAll('a[data-story-comment]')) {
    if (!(link instanceof HTMLAnchorElement)) continue;
    const url = new URL(link.href);
    url.searchParams.delete('passage');
    link.href = url.toString();
    link.classList.remove('story-comments__button--passage');
  }
  if (text.length > MAX || !selection.rangeCount) return;
  const block = paragraphOf(selection.anchorNode);
  if (!block || block !== paragraphOf(selection.focusNode)) return;
  const link = block.querySelector('a[data-story-comment]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = new URL(link.href);
  url.searchParams.set('passage', text);
  link.href = url.toString();
  link.classList.add('story-comments__button--passage');
}

document.addEventListener('selectionchange', update);
