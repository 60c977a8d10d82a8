import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createTestChannel, statementIds, vote } from '../test-support/fixtures.ts';

const PASSWORD = 'rauma-2013-demo';

describe('statements admin: channels, moderation and exports', () => {
  let test: TestApp;
  let admin: TestClient;
  let moderator: TestClient;
  let resident: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    moderator = test.client();
    await moderator.signIn('moderator@demo.tarina.invalid', PASSWORD);
    resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', PASSWORD);
  });
  after(() => test.close());

  const contribution = (statementId: string) =>
    test.context.db.selectFrom('contributions').select(['channel', 'text']).where('source_id', '=', statementId).executeTakeFirst();

  it('lists channels to admins and moderators, not to residents or visitors', async () => {
    const list = await admin.get('/fi/admin/statements');
    assert.equal(list.status, 200);
    assert.match(list.text, /Millainen Rauman pitäisi olla vuonna 2025\?/);
    assert.match(list.text, /Uusi väitekanava: Rauman Tarina/);
    const forModerator = await moderator.get('/fi/admin/statements');
    assert.equal(forModerator.status, 200);
    assert.match(forModerator.text, /Moderointi/);
    assert.doesNotMatch(forModerator.text, /Uusi väitekanava/, 'moderators do not set up channels');
    assert.equal((await resident.get('/fi/admin/statements')).status, 403);
    const visitor = await test.client().get('/fi/admin/statements');
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /\/fi\/sign-in\?next=/);
  });

  it('sets up a channel through the form, re-showing errors with what was typed', async () => {
    const processId = test.demo.processId as string;
    const form = await admin.get(`/fi/admin/statements/new?process=${processId}`);
    assert.equal(form.status, 200);
    assert.match(form.text, /<input id="field-opensAt" name="opensAt" type="datetime-local"/);
    const invalid = await admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
      'question.fi': '',
      status: 'published',
      audience: 'anyone',
      moderation: 'before',
      opensAt: '2030-05-01T10:00',
      closesAt: '2030-04-01T10:00',
      seedStatements: 'Ensimmäinen väite\nToinen väite',
    });
    assert.equal(invalid.status, 422);
    assert.match(invalid.text, /<div class="error-summary"/);
    assert.match(invalid.text, /Ensimmäinen väite\nToinen väite/);
    const created = await admin.postForm(`/fi/admin/statements/new?process=${processId}`, {
      'question.fi': 'Mitä Raumalla pitäisi tehdä ensi vuonna?',
      'question.sv': 'Vad borde Raumo göra nästa år?',
      status: 'published',
      audience: 'anyone',
      'participantsMayAdd[]': 'yes',
      moderation: 'before',
      'resultsPublic[]': 'yes',
      opensAt: '',
      closesAt: '2099-12-31T23:59',
      seedStatements: 'Ensimmäinen väite\n\nToinen väite\n',
      seedLanguage: 'fi',
    });
    assert.equal(created.status, 303);
    const channelId = /\/fi\/admin\/statements\/([0-9a-f-]{36})$/.exec(created.location ?? '')?.[1] as string;
    assert.ok(channelId);
    const channel = await test.context.db
      .selectFrom('statement_channels')
      .selectAll()
      .where('id', '=', channelId)
      .executeTakeFirstOrThrow();
    assert.equal(channel.closes_at, '2099-12-31T21:59:00.000Z', 'typed in Helsinki time, stored in UTC');
    assert.equal((await statementIds(test.client(), channelId)).length, 2);
    const edit = await admin.get(`/fi/admin/statements/${channelId}`);
    assert.match(edit.text, /value="2099-12-31T23:59"/);
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', channelId).execute();
    assert.ok(audit.some((entry) => entry.action === 'statements.channel.create'));
  });

  it('lets managers change settings and add statements, but not moderators or residents', async () => {
    const channelId = await createTestChannel(test, {}, 1);
    const settings = {
      'question.fi': 'Muutettu kysymys?',
      status: 'published',
      audience: 'signed_in',
      moderation: 'after',
      opensAt: '',
      closesAt: '',
    };
    assert.equal((await admin.postForm(`/fi/admin/statements/${channelId}`, settings)).status, 303);
    assert.equal((await moderator.postForm(`/fi/admin/statements/${channelId}`, settings)).status, 403);
    assert.equal((await resident.postForm(`/fi/admin/statements/${channelId}`, settings)).status, 403);
    const anonymous = await test.client().api('POST', `/api/v1/statements/${channelId}/votes`, {
      statementId: (await statementIds(admin, channelId))[0],
      vote: 'agree',
    });
    assert.equal(anonymous.status, 401, 'the channel is now for signed-in users');
    const added = await admin.postForm(`/fi/admin/statements/${channelId}/statements`, {
      seedStatements: 'Uusi väite A\nNew statement B',
      seedLanguage: 'en',
    });
    assert.equal(added.status, 303);
    assert.equal((await statementIds(admin, channelId)).length, 3);
    const tooLong = await admin.postForm(`/fi/admin/statements/${channelId}/statements`, { seedStatements: `ok\n${'x'.repeat(301)}` });
    assert.equal(tooLong.status, 422);
    assert.match(tooLong.text, /Rivin 2 väite on liian pitkä/);
    const recompute = await admin.postForm(`/fi/admin/statements/${channelId}/recompute`, {});
    assert.equal(recompute.status, 303);
  });

  it('moderates before publication: pending statements wait, a moderator publishes or hides them with a reason', async () => {
    const channelId = await createTestChannel(test, { moderation: 'before' }, 2);
    const participant = test.client();
    const written = await participant.api('POST', `/api/v1/statements/${channelId}/statements`, {
      text: 'Torille tarvitaan lisää penkkejä.',
    });
    assert.equal(written.status, 201);
    const pendingId = written.json<{ id: string }>().id;
    assert.equal((await statementIds(participant, channelId)).length, 2, 'not shown while pending');
    assert.equal(await contribution(pendingId), undefined, 'not yet a contribution');
    const queue = await moderator.get(`/fi/admin/statements/${channelId}/moderation`);
    assert.equal(queue.status, 200);
    assert.match(queue.text, /Torille tarvitaan lisää penkkejä\./);
    assert.equal((await resident.get(`/fi/admin/statements/${channelId}/moderation`)).status, 403);
    assert.equal(
      (await resident.postForm(`/fi/admin/statements/${channelId}/moderation/${pendingId}`, { decision: 'publish' })).status,
      403,
    );
    assert.equal(
      (await moderator.postForm(`/fi/admin/statements/${channelId}/moderation/${pendingId}`, { decision: 'publish' })).status,
      303,
    );
    assert.equal((await statementIds(participant, channelId)).length, 3);
    assert.deepEqual(await contribution(pendingId), { channel: 'statement', text: 'Torille tarvitaan lisää penkkejä.' });
    assert.equal((await vote(participant, channelId, pendingId, 'agree')).status, 200);
    const noReason = await moderator.postForm(`/fi/admin/statements/${channelId}/moderation/${pendingId}`, {
      decision: 'hide',
      reason: ' ',
    });
    assert.equal(noReason.status, 422);
    assert.match(noReason.text, /Kerro, miksi väite piilotetaan\./);
    assert.match(noReason.text, /<input id="field-reason" name="reason"/);
    const hidden = await moderator.postForm(`/fi/admin/statements/${channelId}/moderation/${pendingId}`, {
      decision: 'hide',
      reason: 'Sama kuin väite 1.',
    });
    assert.equal(hidden.status, 303);
    assert.equal((await vote(participant, channelId, pendingId, 'disagree')).status, 404, 'hidden statements get no votes');
    assert.equal(await contribution(pendingId), undefined, 'a hidden statement is no longer a contribution');
    const after = await moderator.get(`/fi/admin/statements/${channelId}/moderation`);
    assert.match(after.text, /Piilotettu, koska: Sama kuin väite 1\./);
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', pendingId).execute();
    assert.deepEqual(audit.map((entry) => entry.action).sort(), ['statements.statement.hide', 'statements.statement.publish']);
  });

  it('records published participant statements as contributions at once when moderating after publication', async () => {
    const channelId = await createTestChannel(test, { moderation: 'after' }, 1);
    const written = await test
      .client()
      .api('POST', `/api/v1/statements/${channelId}/statements`, { text: 'Kirjaston aukioloja on pidennettävä.', language: 'fi' });
    assert.equal(written.json<{ status: string }>().status, 'published');
    assert.deepEqual(await contribution(written.json<{ id: string }>().id), {
      channel: 'statement',
      text: 'Kirjaston aukioloja on pidennettävä.',
    });
    const queue = await moderator.get(`/fi/admin/statements/${channelId}/moderation`);
    assert.match(queue.text, /Julkaistu, ei vielä tarkistettu/);
    assert.match(queue.text, /Kirjaston aukioloja on pidennettävä\./);
  });

  it('downloads the Polis-format exports for analysts and managers only, and audits it', async () => {
    const channelId = test.demo.statementChannelId as string;
    const page = await admin.get(`/fi/admin/statements/${channelId}`);
    for (const file of ['comments.csv', 'votes.csv', 'participants-votes.csv']) {
      assert.ok(page.text.includes(`/api/v1/statements/${channelId}/export/${file}`), file);
      const response = await admin.get(`/api/v1/statements/${channelId}/export/${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(response.headers.get('content-disposition'), `attachment; filename="${file}"`);
    }
    const participants = await admin.get(`/api/v1/statements/${channelId}/export/participants-votes.csv`);
    assert.match(participants.text, /^participant,group-id,n-comments,n-votes,n-agree,n-disagree,1,2,3/);
    const analyst = test.client();
    await analyst.signIn('analyst@demo.tarina.invalid', PASSWORD);
    assert.equal((await analyst.get(`/api/v1/statements/${channelId}/export/votes.csv`)).status, 200);
    assert.equal((await resident.get(`/api/v1/statements/${channelId}/export/votes.csv`)).status, 403);
    assert.equal((await test.client().get(`/api/v1/statements/${channelId}/export/votes.csv`)).status, 401);
    assert.equal((await admin.get(`/api/v1/statements/${channelId}/export/secrets.csv`)).status, 422);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'statements.results.export')
      .execute();
    assert.ok(audit.length >= 4);
  });
});
