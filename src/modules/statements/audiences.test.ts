import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { audienceWorld } from '../../platform/testing/audience-world.ts';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  type AudienceRow,
  audienceIdsOf,
  castClient,
  deletedBodyId,
  deletedUnitId,
  refusalStatusOf,
} from '../../platform/testing/people.ts';
import type { TestApp } from '../../platform/testing/test-app.ts';
import type { TestResponse } from '../../platform/testing/test-client.ts';
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
  const world = audienceWorld('st');

  const detail = (response: TestResponse) => response.json<{ detail: string }>().detail;

  for (const row of AUDIENCE_ROWS) {
    it(`${row.name}: ${row.allowed.join(', ')} vote and add statements; the others are refused in words`, async () => {
      const { settings, refusal } = channelAudience(world.test, row);
      const channelId = await createTestChannel(world.test, settings, 1);
      const [statementId] = await statementIds(world.admin, channelId);
      // Writing statements is limited to five a minute per person: it is tried in the rows of chosen groups only (four).
      const tryAdding = row.kind !== 'public' && row.kind !== 'signed-in';
      for (const who of AUDIENCE_EVERYONE) {
        const client = castClient(world.cast, who);
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
    const english = world.test.client({ 'accept-language': 'en' });
    await english.signIn(world.cast.bodyMember.email, 'yleisötestin-salasana');
    const staffChannel = await createTestChannel(world.test, { audience: 'staff' }, 1);
    const [statementId] = await statementIds(world.admin, staffChannel);
    const response = await vote(english, staffChannel, statementId as string, 'agree');
    assert.equal(response.status, 403);
    assert.match(detail(response), /Only the city’s staff may take part here/);
    const unitChannel = await createTestChannel(
      world.test,
      { audience: 'units', audienceUnitIds: [world.units['social-and-health'] as string] },
      1,
    );
    const [unitStatement] = await statementIds(world.admin, unitChannel);
    const swedish = world.test.client({ 'accept-language': 'sv' });
    await swedish.signIn(world.cast.unitStaff.email, 'yleisötestin-salasana');
    const refused = await vote(swedish, unitChannel, unitStatement as string, 'agree');
    assert.equal(refused.status, 403);
    assert.match(detail(refused), /Endast personalen i de valda enheterna/);
    const page = await swedish.get(`/sv/processes/${world.test.demo.processSlug}/statements/${unitChannel}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Endast personalen i de valda enheterna/, 'the page says whom the channel is for');
  });

  it('the admin form offers every audience, and keeps the units chosen', async () => {
    const processId = world.test.demo.processId as string;
    const form = await world.admin.get(`/fi/admin/statements/new?process=${processId}`);
    for (const audience of ['anyone', 'signed_in', 'staff', 'units', 'bodies'])
      assert.match(form.text, new RegExp(`<option value="${audience}"`));
    assert.match(form.text, /name="audienceUnitIds\[\]"/);
    const created = await world.admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
      ...formSettings('units', {
        'audienceUnitIds[]': [world.units['education-and-culture'] as string, world.units['basic-education'] as string],
      }),
      seedStatements: 'Väite',
      seedLanguage: 'fi',
    });
    assert.equal(created.status, 303, created.text);
    const channelId = (created.location ?? '').split('/').pop() as string;
    const read = await world.admin.api('GET', `/api/v1/statements/${channelId}`);
    const channel = read.json<{ audience: string; audienceUnitIds: string[] }>();
    assert.equal(channel.audience, 'units');
    assert.deepEqual([...channel.audienceUnitIds].sort(), [world.units['education-and-culture'], world.units['basic-education']].sort());
  });

  it('an audience naming a deleted unit or body is refused with 422 when the channel is set up and when it is changed', async () => {
    const goneBody = await deletedBodyId(world.test, world.admin);
    const goneUnit = await deletedUnitId(world.admin);
    const processId = world.test.demo.processId as string;
    for (const [audience, field, ids] of [
      ['bodies', 'audienceBodyIds', [world.bodies.council as string, goneBody]],
      ['units', 'audienceUnitIds', [world.units['education-and-culture'] as string, goneUnit]],
    ] as const) {
      const created = await world.admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
        ...formSettings(audience, { [`${field}[]`]: [...ids] }),
        seedStatements: 'Väite',
        seedLanguage: 'fi',
      });
      assert.equal(created.status, 422, `${audience}: ${created.text.slice(0, 200)}`);
      assert.match(created.text, new RegExp(`href="#field-${field}`));
    }
    const channelId = await createTestChannel(world.test, { audience: 'bodies', audienceBodyIds: [world.bodies.council as string] }, 1);
    const updated = await world.admin.postForm(
      `/fi/admin/statements/${channelId}`,
      formSettings('bodies', { 'audienceBodyIds[]': [goneBody] }),
    );
    assert.equal(updated.status, 422);
    assert.match(updated.text, /href="#field-audienceBodyIds/);
    const toUnits = await world.admin.postForm(
      `/fi/admin/statements/${channelId}`,
      formSettings('units', { 'audienceUnitIds[]': [goneUnit] }),
    );
    assert.equal(toUnits.status, 422);
    assert.match(toUnits.text, /href="#field-audienceUnitIds/);
    const kept = await world.admin.postForm(
      `/fi/admin/statements/${channelId}`,
      formSettings('bodies', { 'audienceBodyIds[]': [world.bodies.board as string] }),
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
