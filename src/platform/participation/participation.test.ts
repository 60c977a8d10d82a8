import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../../modules/accounts/index.ts';
import { createTestChannel, statementIds, vote } from '../../modules/statements/test-support/fixtures.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey } from '../../modules/surveys/test-fixtures.ts';
import { createWorkshop, join } from '../../modules/workshops/test-support/fixtures.ts';
import type { Actor } from '../authz/authz.ts';
import { newId, newToken } from '../db/ids.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient } from '../testing/test-client.ts';
import { inAudience } from './audience.ts';
import { PARTICIPANT_COOKIE } from './participant.ts';

// The app of this file and its signed-in admin, set in `before`.
let test: TestApp;
let admin: TestClient;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The test client keeps its cookies in a private jar; a browser that already has a cookie starts with it there. */
function jarOf(client: TestClient): Map<string, string> {
  return (client as unknown as { cookies: Map<string, string> }).cookies;
}

/** A client whose browser already holds a signed cookie (one set before this version, or the platform's). */
function browserWith(name: string, secret: string): TestClient {
  const client = test.client();
  jarOf(client).set(name, encodeURIComponent(test.app.signCookie(secret)));
  return client;
}

/** The browser secret in a client's platform participant cookie. */
function secretOf(client: TestClient): string {
  const unsigned = test.app.unsignCookie(decodeURIComponent(jarOf(client).get(PARTICIPANT_COOKIE) ?? ''));
  assert.ok(unsigned.valid && unsigned.value, 'the browser holds the platform participant cookie');
  return unsigned.value;
}

function answersOf(survey: FixtureSurvey) {
  const q = survey.questions;
  return { answers: { [q.area.id]: { choiceIds: [q.area.choices[1]] }, [q.scale.id]: { number: 2 } } };
}

async function answer(client: TestClient, survey: FixtureSurvey): Promise<string> {
  return (await apiOk<{ id: string }>(client, 'POST', `/api/v1/surveys/${survey.id}/responses`, answersOf(survey), 201)).id;
}

async function responseKey(id: string): Promise<string | null> {
  const row = await test.context.db.selectFrom('survey_responses').select('browser_key').where('id', '=', id).executeTakeFirstOrThrow();
  return row.browser_key;
}

async function joinedKey(client: TestClient, code: string): Promise<{ participantId: string; key: string | null }> {
  const joined = await join(client, code);
  assert.equal(joined.status, 200, joined.text);
  const { participantId } = joined.json<{ participantId: string }>();
  const row = await test.context.db
    .selectFrom('workshop_participants')
    .select('browser_key')
    .where('id', '=', participantId)
    .executeTakeFirstOrThrow();
  return { participantId, key: row.browser_key };
}

async function statementKeys(channelId: string): Promise<Array<string | null>> {
  const rows = await test.context.db
    .selectFrom('statement_participants')
    .select('browser_key')
    .where('channel_id', '=', channelId)
    .execute();
  return rows.map((row) => row.browser_key);
}

async function voteTwice(client: TestClient, channelId: string): Promise<void> {
  for (const index of [0, 1]) {
    const id = (await statementIds(client, channelId))[index] as string;
    assert.equal((await vote(client, channelId, id, 'pass')).status, 200);
  }
}

async function oldSurveyCookie(): Promise<void> {
  const survey = await createFixtureSurvey(test, admin);
  const secret = newToken(24);
  const browser = browserWith('tarina_respondent', secret);
  const id = await answer(browser, survey);
  assert.equal(await responseKey(id), sha256(secret), 'the key surveys stored it under before');
  const again = await browser.api('POST', `/api/v1/surveys/${survey.id}/responses`, answersOf(survey));
  assert.equal(again.status, 409, 'the same browser has answered');
}

async function surveyPseudonyms(): Promise<void> {
  const [first, second] = [await createFixtureSurvey(test, admin), await createFixtureSurvey(test, admin)];
  const browser = test.client();
  const keys = [await responseKey(await answer(browser, first)), await responseKey(await answer(browser, second))];
  assert.notEqual(keys[0], keys[1]);
  assert.ok(!keys.includes(sha256(secretOf(browser))));
}

async function workshopCookies(): Promise<void> {
  const workshop = await createWorkshop(test, admin);
  const secret = newToken(24);
  const phone = browserWith('tarina_workshop', secret);
  assert.equal((await joinedKey(phone, workshop.joinCode)).key, sha256(secret), 'the key workshops stored it under before');
  const room = await phone.api('GET', `/api/v1/workshops/${workshop.id}`);
  assert.equal(room.status, 200, 'the room knows the phone as its participant');

  const other = await createWorkshop(test, admin);
  const newPhone = test.client();
  const first = await joinedKey(newPhone, workshop.joinCode);
  const second = await joinedKey(newPhone, other.joinCode);
  assert.ok(first.key && second.key);
  assert.notEqual(first.key, second.key, 'two workshops see unrelated pseudonyms');
  assert.ok(![first.key, second.key].includes(sha256(secretOf(newPhone))));
  assert.equal((await joinedKey(newPhone, workshop.joinCode)).participantId, first.participantId, 'the same phone joins again as itself');
}

async function statementCookies(): Promise<void> {
  const channelId = await createTestChannel(test, {}, 2);
  const secret = newToken(24);
  const browser = browserWith(PARTICIPANT_COOKIE, secret);
  await voteTwice(browser, channelId);
  assert.deepEqual(await statementKeys(channelId), [sha256(`${secret}:${channelId}`)], 'the key statements stored it under before');

  const [first, second] = [await createTestChannel(test, {}, 2), await createTestChannel(test, {}, 2)];
  const newBrowser = test.client();
  await voteTwice(newBrowser, first);
  await voteTwice(newBrowser, second);
  const keys = [...(await statementKeys(first)), ...(await statementKeys(second))];
  assert.equal(keys.length, 2, 'one participant in each channel');
  assert.notEqual(keys[0], keys[1]);
  const newSecret = secretOf(newBrowser);
  assert.ok(!keys.includes(sha256(`${newSecret}:${first}`)) && !keys.includes(sha256(`${newSecret}:${second}`)));
}

/** A team beneath a demo work community, and a user working in it. */
async function teamMember(organisationId: string): Promise<{ userId: string; team: string; workCommunity: string; unit: string }> {
  const db = test.context.db;
  const community = await db
    .selectFrom('units')
    .select(['id', 'parent_id'])
    .where('organisation_id', '=', organisationId)
    .where('parent_id', 'is not', null)
    .executeTakeFirstOrThrow();
  const team = newId();
  const now = new Date();
  const stamp = now.toISOString();
  const name = JSON.stringify({ fi: 'Tiimi' });
  const values = { id: team, organisation_id: organisationId, parent_id: community.id, kind: 'work_community' as const, name };
  await db
    .insertInto('units')
    .values({ ...values, headcount: 3, position: 0, created_at: stamp, updated_at: stamp })
    .execute();
  const input = {
    email: 'tiimilainen@rauma.example',
    password: 'tiimilaisen-salasana',
    displayName: 'Tiimiläinen',
    locale: 'fi' as const,
    unitId: team,
  };
  const userId = await createUser(db, organisationId, input, now);
  return { userId, team, workCommunity: community.id, unit: community.parent_id as string };
}

async function unitLookups(): Promise<void> {
  const db = test.context.db;
  const organisationId = test.demo.organisationId as string;
  const { userId, team, workCommunity, unit } = await teamMember(organisationId);
  const lookups = test.context.audienceLookups;
  assert.equal(await lookups.unitOfUser(db, organisationId, userId), team);
  assert.deepEqual(await lookups.unitWithAncestors(db, organisationId, team), [team, workCommunity, unit]);
  assert.deepEqual(await lookups.unitWithAncestors(db, 'another-organisation', team), []);
  const otherUnit = await db
    .selectFrom('units')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('parent_id', 'is', null)
    .where('id', '!=', unit)
    .executeTakeFirstOrThrow();
  const actor: Actor = { organisationId, userId, grants: [] };
  assert.equal(await inAudience(test.context, actor, { kind: 'units', unitIds: [unit] }), true, 'two levels beneath the unit');
  assert.equal(await inAudience(test.context, actor, { kind: 'units', unitIds: [otherUnit.id] }), false);
}

async function bodyLookups(): Promise<void> {
  const db = test.context.db;
  const organisationId = test.demo.organisationId as string;
  const userId = await createUser(
    db,
    organisationId,
    { email: 'valtuutettu@rauma.example', password: 'valtuutetun-salasana', displayName: 'Valtuutettu', locale: 'fi' },
    new Date(),
  );
  const member = await db
    .selectFrom('body_members')
    .select(['id', 'body_id'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const actor: Actor = { organisationId, userId, grants: [] };
  const bodies = { kind: 'bodies', bodyIds: [member.body_id] } as const;
  assert.equal(await inAudience(test.context, actor, bodies), false);
  await db.updateTable('body_members').set({ user_id: userId }).where('id', '=', member.id).execute();
  assert.equal(await inAudience(test.context, actor, bodies), true);
  assert.equal(await inAudience(test.context, { ...actor, organisationId: 'another-organisation' }, bodies), false);
}

describe('one participant identity in surveys, workshops and statements; the audience look-ups of the owning modules', () => {
  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('keeps a browser with the old survey cookie the respondent its response is stored under', oldSurveyCookie);
  it('knows a new browser by a different pseudonym in each survey', surveyPseudonyms);
  it(
    'keeps a phone with the old workshop cookie the participant it joined as, and knows a new phone apart in each workshop',
    workshopCookies,
  );
  it(
    'keeps a browser with an old statements secret its stored participant, and knows a new browser apart in each channel',
    statementCookies,
  );
  it('answers staff of a unit and of the units beneath it from the look-ups of accounts and organisations', unitLookups);
  it('answers members of bodies from the look-up of processes', bodyLookups);
});
