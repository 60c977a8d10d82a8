/**
 * The workshop stylesheet and, where the page is live, its script. The
 * Layout has no slot in <head>, so they sit in the body: a stylesheet link
 * is allowed there, and a module script runs after the page has parsed.
 */
export function WorkshopAssets(props: { script?: 'room' | 'console' | 'projector' | 'close-form' }) {
  return (
    <>
      <link rel="stylesheet" href="/assets/workshops/workshops.css" />
      {props.script && <script type="module" src={`/assets/workshops/${props.script}.js`} />}
    </>
  );
}
