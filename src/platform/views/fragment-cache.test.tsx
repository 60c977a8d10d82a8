import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Actor } from '../authz/authz.ts';
import type { ViewContextValue } from './context.ts';
import { useView } from './context.ts';
import { dayInZone, FragmentCache, renderFragment, sendPageAround, sharedView, viewerFingerprint } from './fragment-cache.tsx';

const ORGANISATION = 'org-1';
const anonymous: Actor = { organisationId: ORGANISATION, userId: null, grants: [] };
const staff: Actor = {
  organisationId: ORGANISATION,
  userId: 'user-1',
  grants: [
    { role: 'member', scopeType: 'organisation', scopeId: null },
    { role: 'process_manager', scopeType: 'process', scopeId: 'p-1' },
  ],
};

function viewOf(overrides: Partial<ViewContextValue> = {}): ViewContextValue {
  return {
    locale: 'fi',
    url: '/fi/processes/x?utm=1',
    t: (key) => key,
    text: (value) => value?.fi ?? '',
    formatDate: (date) => String(date),
    href: (path) => `/fi${path}`,
    can: () => true,
    csrfToken: () => 'the-sessions-own-token',
    organisation: {
      id: ORGANISATION,
      slug: 'o',
      name: { fi: 'O' },
      logoUrl: null,
      accentColor: null,
      locales: ['fi'],
      timeZone: 'Europe/Helsinki',
    },
    user: { id: 'user-1', email: 'a@b.invalid', displayName: 'Aino', locale: 'fi' },
    actor: staff,
    adminLinks: [],
    flash: 'Tallennettu',
    status: 200,
    ...overrides,
  };
}

/** A reply that keeps what is sent. */
function recordingReply() {
  const sent: { status?: number; headers: Record<string, string>; body?: string } = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: string) {
      sent.body = body;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

describe('the fragment cache', () => {
  it('serves a fragment only for the page version it was stored under', () => {
    const cache = new FragmentCache<{ title: string }>();
    cache.set('k', 3, { html: '<p>a</p>', meta: { title: 'A' } }, null);
    assert.deepEqual(cache.get('k', 3, 0), { html: '<p>a</p>', meta: { title: 'A' }, version: 3, expiresAt: null, bytes: 16 });
    assert.equal(cache.get('k', 4, 0), undefined);
    assert.equal(cache.get('other', 3, 0), undefined);
    assert.equal(cache.hits, 1);
    assert.equal(cache.misses, 2);
  });

  it('stops serving a fragment at its expiry, not a millisecond later', () => {
    const cache = new FragmentCache<null>();
    cache.set('k', 1, { html: 'x', meta: null }, 1000);
    assert.ok(cache.get('k', 1, 999));
    assert.equal(cache.get('k', 1, 1000), undefined);
  });

  it('drops the fragment unused the longest when full, by count and by size', () => {
    const cache = new FragmentCache<null>({ entries: 2, bytes: 1000 });
    cache.set('a', 1, { html: 'a', meta: null }, null);
    cache.set('b', 1, { html: 'b', meta: null }, null);
    assert.ok(cache.get('a', 1, 0));
    cache.set('c', 1, { html: 'c', meta: null }, null);
    assert.ok(cache.get('a', 1, 0));
    assert.equal(cache.get('b', 1, 0), undefined);
    assert.ok(cache.get('c', 1, 0));
    // 60 characters count as 120 bytes: more than a tenth of the limit is never stored.
    cache.set('big', 1, { html: 'x'.repeat(60), meta: null }, null);
    assert.equal(cache.get('big', 1, 0), undefined);
    cache.set('d', 1, { html: 'x'.repeat(49), meta: null }, null);
    cache.set('e', 1, { html: 'x'.repeat(49), meta: null }, null);
    assert.equal(cache.size, 2);
  });
});

describe('the viewer fingerprint', () => {
  it('tells anonymous visitors, people and their grants apart, whatever the order of the grants', () => {
    assert.equal(viewerFingerprint(anonymous), 'anonymous');
    const reordered: Actor = { ...staff, grants: [...staff.grants].reverse() };
    assert.equal(viewerFingerprint(reordered), viewerFingerprint(staff));
    const fewer: Actor = { ...staff, grants: staff.grants.slice(0, 1) };
    const other: Actor = { ...staff, userId: 'user-2' };
    const otherScope: Actor = { ...staff, grants: [staff.grants[0]!, { role: 'process_manager', scopeType: 'process', scopeId: 'p-2' }] };
    const signedInWithout: Actor = { ...staff, grants: [] };
    const fingerprints = [anonymous, staff, fewer, other, otherScope, signedInWithout].map(viewerFingerprint);
    assert.equal(new Set(fingerprints).size, fingerprints.length);
  });
});

describe('a shared fragment', () => {
  it('refuses the CSRF token, the person, the flash message and the address', () => {
    const shared = sharedView(viewOf());
    assert.throws(() => shared.csrfToken(), /CSRF token/);
    assert.throws(() => shared.user, /signed-in person/);
    assert.throws(() => shared.flash, /flash message/);
    assert.throws(() => shared.url, /address/);
    assert.equal(shared.t('a.key'), 'a.key');
    assert.equal(shared.actor, staff);
  });

  it('fails to render a component that puts a form with a CSRF token in it', () => {
    function FormInside() {
      const view = useView();
      return <input type="hidden" name="_csrf" value={view.csrfToken()} />;
    }
    assert.throws(() => renderFragment(viewOf(), <FormInside />), /CSRF token/);
  });

  it("is sent inside the request's own frame, once, with the frame's personal parts outside it", () => {
    function Frame(props: { children: ComponentChildren }) {
      const view = useView();
      return (
        <html lang={view.locale}>
          <body>
            <p class="flash">{view.flash}</p>
            <input name="_csrf" value={view.csrfToken()} />
            <main>{props.children}</main>
          </body>
        </html>
      );
    }
    const fragment = renderFragment(viewOf(), <h1>Otsikko</h1>);
    const { reply, sent } = recordingReply();
    sendPageAround(reply, viewOf(), (slot) => <Frame>{slot}</Frame>, fragment);
    assert.equal(sent.status, 200);
    assert.equal(sent.headers['cache-control'], 'no-store');
    assert.equal(
      sent.body,
      '<!doctype html><html lang="fi"><body><p class="flash">Tallennettu</p><input name="_csrf" value="the-sessions-own-token"/><main><h1>Otsikko</h1></main></body></html>',
    );
  });
});

describe('today in a time zone', () => {
  it('is the date where the organisation is: 22:30 UTC on 17 April is the 18th in Helsinki', () => {
    assert.equal(dayInZone(new Date('2013-04-17T22:30:00Z'), 'Europe/Helsinki'), '2013-04-18');
    assert.equal(dayInZone(new Date('2013-04-17T22:30:00Z'), 'UTC'), '2013-04-17');
  });
});
