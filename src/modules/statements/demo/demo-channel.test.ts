import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { listStatementGroupShares } from '../queries/list-statement-group-shares.ts';
import { DEMO_STATEMENTS } from './demo-statements.ts';

describe('the demo statements channel', () => {
  let test: TestApp;
  let channelId: string;
  let organisationId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    channelId = test.demo.statementChannelId as string;
    organisationId = test.demo.organisationId as string;
  });
  after(() => test.close());

  it('has its snapshot computed in the seed, with three opinion groups', async (t) => {
    const snapshot = await findLatestSnapshot(test.context.db, organisationId, channelId);
    assert.ok(snapshot, 'the seed computes the snapshot');
    const sizes = snapshot.result.groups.map((group) => group.members.length);
    t.diagnostic(
      `demo: ${snapshot.participantCount} participants, ${snapshot.voteCount} votes, groups ${sizes.join('/')}, ` +
        `grouped ${snapshot.result.participants.included.length}, silhouettes ${snapshot.result.groupCountSilhouettes.map((s) => `${s.k}:${s.silhouette.toFixed(3)}`).join(' ')}`,
    );
    assert.equal(snapshot.result.groups.length, 3);
    assert.ok(snapshot.result.participants.excluded.length > 0, 'the voters who stopped early are not grouped');
    assert.ok(snapshot.result.consensus.agree.length > 0, 'the statements every outlook likes are consensus');
    assert.ok(snapshot.result.divisive.length > 0, 'some statements divide the groups');
  });

  it('lists the channel on the process’s statements page', async () => {
    const response = await test.client().get('/fi/processes/rauman-tarina/statements');
    assert.equal(response.status, 200);
    assert.match(response.text, /Millainen Rauman pitäisi olla vuonna 2025\?/);
    assert.match(response.text, /41 väitettä/);
  });

  it('shows the public results: map with title, table alternative, groups with symbols and letters, consensus and divisive', async () => {
    const response = await test.client().get(`/fi/processes/rauman-tarina/statements/${channelId}/results`);
    assert.equal(response.status, 200);
    const html = response.text;
    assert.match(html, /<svg class="opinion-map" role="img" aria-labelledby="opinion-map-title opinion-map-description"/);
    assert.match(html, /<title id="opinion-map-title">Mielipidekartta<\/title>/);
    assert.match(html, /<caption>Mielipideryhmät taulukkona<\/caption>/);
    for (const letter of ['A', 'B', 'C']) assert.match(html, new RegExp(`Ryhmä ${letter}: \\d+ osallistujaa`));
    assert.match(html, /<rect [^>]*fill="#a63d00"/, 'group B is drawn as squares');
    assert.match(html, /<polygon [^>]*fill="#00703c"/, 'group C as triangles');
    assert.match(html, /<h2 id="consensus-heading">Yhteisymmärrys<\/h2>/);
    assert.match(html, /<h2 id="divisive-heading">Jakavat väitteet<\/h2>/);
    assert.match(html, /Vanha Rauma on kaupungin tärkein voimavara/);
    assert.match(html, /<span lang="sv">Raumo borde synas mer på svenska/);
    assert.doesNotMatch(html, /example\.invalid/, 'the hidden statement is nowhere');
    assert.doesNotMatch(html, /style=/, 'no inline styles (CSP)');
  });

  it('shows the results in Swedish and English', async () => {
    const sv = await test.client().get(`/sv/processes/rauman-tarina/statements/${channelId}/results`);
    assert.match(sv.text, /<title id="opinion-map-title">Åsiktskarta<\/title>/);
    assert.match(sv.text, /Grupp A: \d+ deltagare/);
    const en = await test.client().get(`/en/processes/rauman-tarina/statements/${channelId}/results`);
    assert.match(en.text, /<title id="opinion-map-title">Opinion map<\/title>/);
    assert.match(en.text, /Group A: \d+ participants/);
  });

  it('gives the insights module each statement’s shares per group', async () => {
    const shares = await listStatementGroupShares(test.context.db, organisationId, channelId);
    assert.equal(shares.length, DEMO_STATEMENTS.length + 2, 'published and hidden statements');
    const port = shares.find((entry) => entry.text.startsWith('Rauman sataman laajentaminen'));
    assert.ok(port);
    assert.equal(port.groups.length, 3);
    for (const group of port.groups) {
      assert.ok(Math.abs(group.agree + group.disagree + group.pass - 1) < 1e-9 || group.voted === 0);
    }
    const agreeing = Math.max(...port.groups.map((group) => group.agree));
    const disagreeing = Math.max(...port.groups.map((group) => group.disagree));
    assert.ok(agreeing > 0.6 && disagreeing > 0.6, 'one group mostly agrees with the port, another mostly disagrees');
    const foreign = await listStatementGroupShares(test.context.db, 'another-organisation', channelId);
    assert.deepEqual(foreign, [], 'scoped by organisation');
  });
});
