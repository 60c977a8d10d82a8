import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  type AudienceCast,
  type AudienceRow,
  audienceCast,
  audienceIdsOf,
  castClient,
  deletedBodyId,
  deletedUnitId,
  refusalStatusOf,
} from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient, TestResponse } from '../../platform/testing/test-client.ts';
import type { ChannelSettings } from './schemas.ts';
import { createTestChannel, statementIds, vote } from './test-support/fixtures.ts';

/** A row of the shared audience table as the channel's settings, with the refusal a signed-in outsider reads. */
function channelAudience(test: TestApp, row: AudienceRow): { settings: Partial<ChannelSettings>; refusal: RegExp } {
  switch (row.kind) {
    case 'public':
      return { settings: { audience: 'anyone' }, refusal: /^$/ };
    case 'signed-in':
      return { settings: { audience: 'signed_in' }, refusal: /^$/ };
    case 'staff':
      return { settings: { audience: 'staff' }, refusal: /vain kaupungin henkilöstö/ };
    case 'units':
      return {
        settings: { audience: 'units', audienceUnitIds: audienceIdsOf(test, row) },
        refusal: /vain valittujen yksiköiden ja niiden työyhteisöjen henkilöstö/,
      };
    case 'bodies':
      return {
        settings: { audience: 'bodies', audienceBodyIds: audienceIdsOf(test, row) },
        refusal: /vain valittujen toimielinten jäsenet/,
      };
  }
}

describe('statements channel audiences with real people: who votes, who is refused in words', () => {
  let test: TestApp;
  let admin: TestClient;
  let cast: AudienceCast;
  let units: Record<string, string>;
  let bodies: Record<string, string>;

  const detail = (response: TestResponse) => response.json<{ detail: string }>().detail;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    cast = await audienceCast(test, 'st');
    units = test.demo.unitIds as Record<string, string>;
    bodies = test.demo.bodyIds as Record<string, string>;
  });
  after(() => test.close());

  for (const row of AUDIENCE_ROWS) {
    it(`${row.name}: ${row.allowed.join(', ')} vote and add statements; the others are refused in words`, async () => {
      const { settings, refusal } = channelAudience(test, row);
      const channelId = await createTestChannel(test, settings, 1);
      const [statementId] = await statementIds(admin, channelId);
      // Writing statements is limited to five a minute per person: it is tried in the rows of chosen groups only (four).
      const tryAdding = row.kind !== 'public' && row.kind !== 'signed-in';
      for (const who of AUDIENCE_EVERYONE) {
        const client = castClient(cast, who);
        const response = await vote(client, channelId, statementId as string, 'agree');
        const added = tryAdding
          ? await client.api('POST', `/api/v1/statements/${channelId}/statements`, { text: `Lisää penkkejä torille (${who}).` })
          : undefined;
        if (row.allowed.includes(who)) {
          assert.equal(response.status, 200, `${row.name}, ${who}: ${response.text}`);
          if (added) assert.ok(added.status < 300, `${row.name}, ${who} adding a statement: ${added.text}`);
          continue;
        }
        const expected = refusalStatusOf(who);
        assert.equal(response.status, expected, `${row.name}, ${who}: ${response.text}`);
        if (added) assert.equal(added.status, expected, `${row.name}, ${who} adding a statement: ${added.text}`);
        if (expected === 403) assert.match(detail(response), refusal, who);
      }
    });
  }

  it('the refusal is in the person’s language', async () => {
    const english = test.client({ 'accept-language': 'en' });
    await english.signIn(cast.bodyMember.email, 'yleisötestin-salasana');
    const staffChannel = await createTestChannel(test, { audience: 'staff' }, 1);
    const [statementId] = await statementIds(admin, staffChannel);
    const response = await vote(english, staffChannel, statementId as string, 'agree');
    assert.equal(response.status, 403);
    assert.match(detail(response), /Only the city’s staff may take part here/);
    const unitChannel = await createTestChannel(test, { audience: 'units', audienceUnitIds: [units['social-and-health'] as string] }, 1);
    const [unitStatement] = await statementIds(admin, unitChannel);
    const swedish = test.client({ 'accept-language': 'sv' });
    await swedish.signIn(cast.unitStaff.email, 'yleisötestin-salasana');
    const refused = await vote(swedish, unitChannel, unitStatement as string, 'agree');
    assert.equal(refused.status, 403);
    assert.match(detail(refused), /Endast personalen i de valda enheterna/);
    const page = await swedish.get(`/sv/processes/${test.demo.processSlug}/statements/${unitChannel}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Endast personalen i de valda enheterna/, 'the page says whom the channel is for');
  });

  it('the admin form offers every audience, and keeps the units chosen', async () => {
    const processId = test.demo.processId as string;
    const form = await admin.get(`/fi/admin/statements/new?process=${processId}`);
    for (const audience of ['anyone', 'signed_in', 'staff', 'units', 'bodies'])
      assert.match(form.text, new RegExp(`<option value="${audience}"`));
    assert.match(form.text, /name="audienceUnitIds\[\]"/);
    const created = await admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
      ...formSettings('units', { 'audienceUnitIds[]': [units['education-and-culture'] as string, units['basic-education'] as string] }),
      seedStatements: 'Väite',
      seedLanguage: 'fi',
    });
    assert.equal(created.status, 303, created.text);
    const channelId = (created.location ?? '').split('/').pop() as string;
    const read = await admin.api('GET', `/api/v1/statements/${channelId}`);
    const channel = read.json<{ audience: string; audienceUnitIds: string[] }>();
    assert.equal(channel.audience, 'units');
    assert.deepEqual([...channel.audienceUnitIds].sort(), [units['education-and-culture'], units['basic-education']].sort());
  });

  it('an audience naming a deleted unit or body is refused with 422 when the channel is set up and when it is changed', async () => {
    const goneBody = await deletedBodyId(test, admin);
    const goneUnit = await deletedUnitId(admin);
    const processId = test.demo.processId as string;
    for (const [audience, field, ids] of [
      ['bodies', 'audienceBodyIds', [bodies.council as string, goneBody]],
      ['units', 'audienceUnitIds', [units['education-and-culture'] as string, goneUnit]],
    ] as const) {
      const created = await admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
        ...formSettings(audience, { [`${field}[]`]: [...ids] }),
        seedStatements: 'Väite',
        seedLanguage: 'fi',
      });
      assert.equal(created.status, 422, `${audience}: ${created.text.slice(0, 200)}`);
      assert.match(created.text, new RegExp(`href="#field-${field}`));
    }
    const channelId = await createTestChannel(test, { audience: 'bodies', audienceBodyIds: [bodies.council as string] }, 1);
    const updated = await admin.postForm(`/fi/admin/statements/${channelId}`, formSettings('bodies', { 'audienceBodyIds[]': [goneBody] }));
    assert.equal(updated.status, 422);
    assert.match(updated.text, /href="#field-audienceBodyIds/);
    const toUnits = await admin.postForm(`/fi/admin/statements/${channelId}`, formSettings('units', { 'audienceUnitIds[]': [goneUnit] }));
    assert.equal(toUnits.status, 422);
    assert.match(toUnits.text, /href="#field-audienceUnitIds/);
    const kept = await admin.postForm(
      `/fi/admin/statements/${channelId}`,
      formSettings('bodies', { 'audienceBodyIds[]': [bodies.board as string] }),
    );
    assert.equal(kept.status, 303, 'the same form with a body that exists is saved');
  });
});

/** The settings form's fields as a browser posts them. */
function formSettings(audience: string, ids: Record<string, string[]>): Record<string, string | string[]> {
  return {
    'question.fi': 'Mitä torille pitäisi tehdä?',
    status: 'published',
    audience,
    moderation: 'before',
    opensAt: '',
    closesAt: '',
    ...ids,
  };
}
