import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { newId } from '../../../platform/db/ids.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';
import { fewestStatements } from '../../../platform/testing/fewest-statements.ts';
import { createPerson, type TestPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { insertProcess } from '../test-fixtures.ts';

// Rows are written directly (as the modules' own commands would), each followed by a page
// version bump where a command would raise it, so the tests control every date and status.

const json = (value: unknown) => JSON.stringify(value);
const T0 = '2013-01-01T00:00:00.000Z';
const PAGE = '/fi/processes/hubi';

interface Ids {
  processId: string;
  phases: string[];
  openSurvey: string;
  draftSurvey: string;
  laterSurvey: string;
  openEvent: string;
  staffEvent: string;
  openChannel: string;
  draftChannel: string;
  liveWorkshop: string;
  publishedWorkshop: string;
  privateWorkshop: string;
}

/** The section of the page under the heading with this id, up to the next section. */
function section(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no section ${id}`);
  const end = page.indexOf('</section>', start);
  return page.slice(start, end);
}

/** The channel ids listed in a section, with the status class of each. */
function listed(part: string): Map<string, string> {
  return new Map(
    [...part.matchAll(/class="hub-channel hub-channel--(\w+)" data-kind="\w+" data-id="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]),
  );
}

async function insertSurvey(
  test: TestApp,
  ids: { organisationId: string; processId: string; phaseId: string | null },
  values: { title: string; status: 'draft' | 'published'; opensAt: string | null; closesAt: string | null; resultsPublic?: boolean },
) {
  const id = newId();
  await test.context.db
    .insertInto('surveys')
    .values({
      id,
      organisation_id: ids.organisationId,
      process_id: ids.processId,
      phase_id: ids.phaseId,
      title: json({ fi: values.title }),
      description: json({ fi: `${values.title}: kuvaus\n\nToinen kappale` }),
      status: values.status,
      opens_at: values.opensAt,
      closes_at: values.closesAt,
      audience: 'anyone',
      audience_ids: '[]',
      anonymous: 0,
      results_public: values.resultsPublic ? 1 : 0,
      next_code: 1,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

async function insertEvent(
  test: TestApp,
  organisationId: string,
  processId: string,
  values: { title: string; audience: 'public' | 'staff'; startsAt: string; endsAt: string; deadline: string | null },
) {
  const id = newId();
  await test.context.db
    .insertInto('events')
    .values({
      id,
      organisation_id: organisationId,
      process_id: processId,
      timeline_item_id: null,
      kind: 'resident_event',
      title: json({ fi: values.title }),
      description: json({ fi: 'Tule mukaan' }),
      agenda: json({ fi: '' }),
      summary: json({ fi: '' }),
      starts_at: values.startsAt,
      ends_at: values.endsAt,
      place: json({ fi: 'Kaupungintalo' }),
      online_url: null,
      audience: values.audience,
      responsible: json({ fi: 'projektiryhmä' }),
      status: 'confirmed',
      registration_mode: 'open',
      capacity: 50,
      quota_attribute: 'none',
      registration_deadline: values.deadline,
      quota_release_at: null,
      quotas_released_at: null,
      answers_retention_days: 30,
      answers_purged_at: null,
      sequence: 0,
      registration_seq: 0,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

async function insertChannel(
  test: TestApp,
  organisationId: string,
  processId: string,
  values: { question: string; status: 'draft' | 'published'; closesAt: string },
) {
  const id = newId();
  await test.context.db
    .insertInto('statement_channels')
    .values({
      id,
      organisation_id: organisationId,
      process_id: processId,
      phase_id: null,
      question: json({ fi: values.question }),
      status: values.status,
      audience: 'anyone',
      audience_body_ids: '[]',
      participants_may_add: 1,
      moderation: 'after',
      opens_at: null,
      closes_at: values.closesAt,
      results_public: 1,
      next_statement_number: 1,
      next_participant_number: 1,
      inputs_version: 0,
      computed_version: 0,
      recompute_requested_at: null,
      compute_lease_until: null,
      computed_at: null,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

async function insertWorkshop(
  test: TestApp,
  organisationId: string,
  processId: string,
  values: { title: string; status: 'open' | 'closed'; resultsPublic: boolean },
) {
  const id = newId();
  await test.context.db
    .insertInto('workshops')
    .values({
      id,
      organisation_id: organisationId,
      process_id: processId,
      event_id: null,
      kind: 'workshop',
      template: '',
      title: json({ fi: values.title }),
      description: json({ fi: 'Pajan kuvaus' }),
      join_code: `H${id.slice(0, 5).toUpperCase()}`,
      status: values.status,
      access: 'code',
      audience_ids: '[]',
      note_names: 'anonymous',
      note_max_length: 280,
      notes_hidden: 0,
      dots_per_participant: 3,
      results_public: values.resultsPublic ? 1 : 0,
      current_prompt_id: null,
      locked: 0,
      timer_ends_at: null,
      version: 1,
      closed_at: values.status === 'closed' ? '2013-04-05T12:00:00.000Z' : null,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  return id;
}

describe('the process page as the hub of its channels', () => {
  let test: TestApp;
  let organisationId: string;
  let ids: Ids;
  const clock = fixedClock('2013-04-10T09:00:00Z');

  before(async () => {
    test = await startTestApp({ demo: true, clock, environment: { TARINA_JOBS: '0' } });
    organisationId = test.demo.organisationId!;
    const db = test.context.db;
    const processId = await insertProcess(db, organisationId, { slug: 'hubi', title: { fi: 'Hubiprosessi' } });
    const phases: string[] = [];
    for (const [index, [startsOn, endsOn, title]] of [
      ['2013-04-01', '2013-04-30', 'Huhtikuun vaihe'],
      ['2013-05-01', '2013-05-31', 'Toukokuun vaihe'],
    ].entries()) {
      const id = newId();
      phases.push(id);
      await db
        .insertInto('process_phases')
        .values({
          id,
          organisation_id: organisationId,
          process_id: processId,
          position: index,
          title: json({ fi: title }),
          description: json({ fi: '' }),
          starts_on: startsOn!,
          ends_on: endsOn!,
          created_at: T0,
          updated_at: T0,
        })
        .execute();
    }
    const owner = { organisationId, processId };
    ids = {
      processId,
      phases,
      openSurvey: await insertSurvey(
        test,
        { ...owner, phaseId: phases[0]! },
        {
          title: 'Avoin kysely',
          status: 'published',
          opensAt: '2013-04-01T06:00:00.000Z',
          closesAt: '2013-04-20T12:00:00.000Z',
          resultsPublic: true,
        },
      ),
      draftSurvey: await insertSurvey(
        test,
        { ...owner, phaseId: null },
        { title: 'Luonnoskysely', status: 'draft', opensAt: null, closesAt: null },
      ),
      laterSurvey: await insertSurvey(
        test,
        { ...owner, phaseId: phases[1]! },
        { title: 'Tuleva kysely', status: 'published', opensAt: '2013-05-02T06:00:00.000Z', closesAt: '2013-05-20T12:00:00.000Z' },
      ),
      openEvent: await insertEvent(test, organisationId, processId, {
        title: 'Asukasilta',
        audience: 'public',
        startsAt: '2013-04-25T15:00:00.000Z',
        endsAt: '2013-04-25T18:00:00.000Z',
        deadline: '2013-04-15T12:00:00.000Z',
      }),
      staffEvent: await insertEvent(test, organisationId, processId, {
        title: 'Henkilöstöinfo',
        audience: 'staff',
        startsAt: '2013-04-26T10:00:00.000Z',
        endsAt: '2013-04-26T11:00:00.000Z',
        deadline: null,
      }),
      openChannel: await insertChannel(test, organisationId, processId, {
        question: 'Mitä mieltä olet keskustasta?',
        status: 'published',
        closesAt: '2013-04-30T12:00:00.000Z',
      }),
      draftChannel: await insertChannel(test, organisationId, processId, {
        question: 'Luonnoskanava',
        status: 'draft',
        closesAt: '2013-04-30T12:00:00.000Z',
      }),
      liveWorkshop: await insertWorkshop(test, organisationId, processId, { title: 'Elävä paja', status: 'open', resultsPublic: false }),
      publishedWorkshop: await insertWorkshop(test, organisationId, processId, {
        title: 'Julkaistu paja',
        status: 'closed',
        resultsPublic: true,
      }),
      privateWorkshop: await insertWorkshop(test, organisationId, processId, {
        title: 'Yksityinen paja',
        status: 'closed',
        resultsPublic: false,
      }),
    };
    await bumpPageVersion(db, organisationId);
  });
  after(() => test.close());

  it('lists each kind under take part now, coming up or results, with who, the deadline and one button, and hides what the visitor cannot open', async () => {
    clock.set('2013-04-10T09:00:00Z');
    const page = (await test.client().get(PAGE)).text;
    const open = listed(section(page, 'hub-open-title'));
    assert.deepEqual([...open.keys()].sort(), [ids.openSurvey, ids.openEvent, ids.openChannel, ids.liveWorkshop].sort());
    assert.deepEqual([...listed(section(page, 'hub-upcoming-title')).keys()], [ids.laterSurvey]);
    assert.deepEqual([...listed(section(page, 'hub-results-title')).keys()], [ids.publishedWorkshop]);
    for (const hidden of ['Luonnoskysely', 'Luonnoskanava', 'Yksityinen paja', 'Henkilöstöinfo']) assert.ok(!page.includes(hidden), hidden);
    const openPart = section(page, 'hub-open-title');
    assert.match(page, /<h2 id="hub-open-title">Osallistu nyt<\/h2>/);
    assert.match(openPart, /Kuka voi osallistua<\/dt><dd>Kaikki<\/dd>/);
    assert.match(openPart, /Määräaika<\/dt>/);
    assert.match(openPart, new RegExp(`href="/fi/processes/hubi/surveys/${ids.openSurvey}">Vastaa kyselyyn`));
    assert.match(openPart, new RegExp(`href="/fi/events/${ids.openEvent}">Ilmoittaudu`));
    assert.match(openPart, new RegExp(`href="/fi/processes/hubi/statements/${ids.openChannel}">Ota kantaa`));
    // A workshop joined by code sends to the code page: the code is given in the room, never shown here.
    assert.match(openPart, /href="\/fi\/join">Liity mukaan/);
    assert.ok(!page.includes('/fi/join/H'), 'no join code on the page');
    assert.match(openPart, /Avoin kysely: kuvaus/);
    // The way to follow the process is part of taking part (a link: the page is cached, so no form).
    assert.match(openPart, /<div class="hub-follow"><h3>Seuraa prosessia<\/h3>/);
    assert.match(openPart, /href="\/fi\/processes\/hubi\/follow"/);
    assert.ok(!openPart.includes('Toinen kappale'), 'one line of the description');
    // Coming up and results are grouped by phase.
    assert.match(section(page, 'hub-upcoming-title'), /<h3>Toukokuun vaihe<\/h3>/);
    assert.match(section(page, 'hub-results-title'), new RegExp(`href="/fi/workshops/${ids.publishedWorkshop}/results">Katso tulokset`));
    const en = (await test.client().get('/en/processes/hubi')).text;
    assert.match(en, /<h2 id="hub-open-title">Take part now<\/h2>/);
    assert.match(en, /Who may take part<\/dt><dd>Everyone<\/dd>/);
    const sv = (await test.client().get('/sv/processes/hubi')).text;
    assert.match(sv, /<h2 id="hub-upcoming-title">På kommande<\/h2>/);
  });

  it('shows when a workshop held at an event takes place', async () => {
    clock.set('2013-04-10T09:00:00Z');
    const db = test.context.db;
    const event = await db.selectFrom('events').select(['starts_at', 'ends_at']).where('id', '=', ids.openEvent).executeTakeFirstOrThrow();
    await db.updateTable('workshops').set({ event_id: ids.openEvent }).where('id', '=', ids.liveWorkshop).execute();
    await bumpPageVersion(db, test.demo.organisationId as string);
    const page = (await test.client().get(PAGE)).text;
    const card = new RegExp(`data-id="${ids.liveWorkshop}">(.*?)</li>`).exec(page)?.[1] ?? '';
    assert.match(
      card,
      new RegExp(`<dt>Ajankohta</dt><dd><time datetime="${event.starts_at}">[^<]+</time> – <time datetime="${event.ends_at}">`),
    );
    const survey = new RegExp(`data-id="${ids.openSurvey}">(.*?)</li>`).exec(page)?.[1] ?? '';
    assert.ok(survey && !survey.includes('Ajankohta'), 'a survey is not held at a time');
    await db.updateTable('workshops').set({ event_id: null }).where('id', '=', ids.liveWorkshop).execute();
    await bumpPageVersion(db, test.demo.organisationId as string);
  });

  it('shows staff the staff event and a process manager the drafts', async () => {
    clock.set('2013-04-10T09:00:00Z');
    const staff = await createPerson(test, 'hubi-henkilosto', { roles: ['member'] });
    const page = (await staff.client.get(PAGE)).text;
    assert.ok(listed(section(page, 'hub-open-title')).has(ids.staffEvent));
    assert.match(page, /Henkilöstö<\/dd>/);
    assert.ok(!page.includes('Luonnoskysely'));
    const admin = await test.adminClient();
    const managed = (await admin.get(PAGE)).text;
    assert.ok(managed.includes('Luonnoskysely'));
    assert.ok(managed.includes('Yksityinen paja'));
  });

  it('moves channels as the clock moves, and the cached page expires at the next opening or deadline', async () => {
    const client = test.client();
    // 14:00 in Helsinki: the event's registration is open (its deadline is 15:00 the same day).
    clock.set('2013-04-15T11:00:00Z');
    const first = (await client.get(PAGE)).text;
    assert.equal(listed(section(first, 'hub-open-title')).get(ids.openEvent), 'open');
    const hits = test.app.pageCache.hits;
    await client.get(PAGE);
    assert.equal(test.app.pageCache.hits, hits + 1, 'served from the render cache');
    // 15:30 the same day: no write, yet the deadline has passed, so the cached copy is not served.
    clock.set('2013-04-15T12:30:00Z');
    const later = (await client.get(PAGE)).text;
    assert.ok(!listed(section(later, 'hub-open-title')).has(ids.openEvent));
    assert.equal(listed(section(later, 'hub-upcoming-title')).get(ids.openEvent), 'upcoming');
    // The survey closes on the 20th: it moves to results with its published results.
    clock.set('2013-04-21T09:00:00Z');
    const closed = (await client.get(PAGE)).text;
    assert.equal(listed(section(closed, 'hub-results-title')).get(ids.openSurvey), 'closed');
    assert.match(section(closed, 'hub-results-title'), new RegExp(`href="/fi/processes/hubi/surveys/${ids.openSurvey}/results"`));
    assert.match(section(closed, 'hub-results-title'), /<h3>Huhtikuun vaihe<\/h3>/);
    // The later survey opens on 2 May; the event has been held.
    clock.set('2013-05-03T09:00:00Z');
    const may = (await client.get(PAGE)).text;
    assert.ok(listed(section(may, 'hub-open-title')).has(ids.laterSurvey));
    assert.equal(listed(section(may, 'hub-results-title')).get(ids.openEvent), 'closed');
    assert.match(section(may, 'hub-results-title'), /Tuloksia ei ole vielä julkaistu\./);
  });

  it('moves the page version when a workshop closes through its action, so the cached page follows', async () => {
    clock.set('2013-04-10T09:00:00Z');
    const workshopId = await insertWorkshop(test, organisationId, ids.processId, {
      title: 'Suljettava paja',
      status: 'open',
      resultsPublic: false,
    });
    await bumpPageVersion(test.context.db, organisationId);
    const client = test.client();
    assert.ok(listed(section((await client.get(PAGE)).text, 'hub-open-title')).has(workshopId));
    const admin = await test.adminClient();
    const response = await admin.api('POST', `/api/v1/workshops/${workshopId}/close`, {});
    assert.equal(response.status, 204, response.text);
    const page = (await client.get(PAGE)).text;
    assert.ok(!page.includes('Suljettava paja'), 'closed without public results: no longer listed');
  });

  it('reads the hub with the same number of statements however many channels', async () => {
    clock.set('2013-04-10T09:00:00Z');
    const client = test.client();
    const countFor = async () => {
      await client.get(PAGE);
      return fewestStatements(
        test.queries,
        async () => {
          assert.equal((await client.get(PAGE)).status, 200);
        },
        { beforeRound: () => bumpPageVersion(test.context.db, organisationId) },
      );
    };
    const before = await countFor();
    for (let index = 0; index < 5; index += 1) {
      await insertSurvey(
        test,
        { organisationId, processId: ids.processId, phaseId: null },
        { title: `Lisäkysely ${index}`, status: 'published', opensAt: null, closesAt: null },
      );
      await insertEvent(test, organisationId, ids.processId, {
        title: `Lisätapahtuma ${index}`,
        audience: 'public',
        startsAt: '2013-06-01T10:00:00.000Z',
        endsAt: '2013-06-01T12:00:00.000Z',
        deadline: null,
      });
      await insertChannel(test, organisationId, ids.processId, {
        question: `Lisäkanava ${index}`,
        status: 'published',
        closesAt: '2013-06-01T00:00:00.000Z',
      });
      await insertWorkshop(test, organisationId, ids.processId, { title: `Lisäpaja ${index}`, status: 'open', resultsPublic: false });
    }
    const afterwards = await countFor();
    assert.equal(afterwards, before);
    assert.ok((await client.get(PAGE)).text.includes('Lisäpaja 4'));
  });

  describe('my participation', () => {
    let anna: TestPerson;
    let bertil: TestPerson;
    before(async () => {
      const db = test.context.db;
      anna = await createPerson(test, 'hubi-anna');
      bertil = await createPerson(test, 'hubi-bertil');
      const at = '2013-04-10T10:00:00.000Z';
      await db
        .insertInto('survey_responses')
        .values({
          id: newId(),
          organisation_id: organisationId,
          survey_id: ids.openSurvey,
          user_id: anna.userId,
          browser_key: null,
          idempotency_key: null,
          status: 'submitted',
          locale: 'fi',
          draft: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const registration = (eventId: string, person: TestPerson, seq: number) => ({
        id: newId(),
        organisation_id: organisationId,
        event_id: eventId,
        seq,
        status: 'confirmed' as const,
        pool: 'open' as const,
        quota_id: null,
        attribute_value: null,
        user_id: person.userId,
        name: 'Nimi',
        email: person.email,
        locale: 'fi',
        link_hash: newId(),
        invitation_id: null,
        site_origin: 'http://localhost',
        checked_in_at: null,
        reminder_claim: null,
        reminded_at: null,
        cancelled_at: null,
        created_at: at,
        updated_at: at,
      });
      await db
        .insertInto('event_registrations')
        .values(registration(ids.openEvent, anna, 1))
        .execute();
      await db
        .insertInto('event_registrations')
        .values(registration(ids.staffEvent, bertil, 1))
        .execute();
      const participantId = newId();
      await db
        .insertInto('statement_participants')
        .values({
          id: participantId,
          organisation_id: organisationId,
          channel_id: ids.openChannel,
          number: 1,
          user_id: anna.userId,
          browser_key: null,
          origin: 'web',
          created_at: at,
        })
        .execute();
      const statementId = newId();
      await db
        .insertInto('statements')
        .values({
          id: statementId,
          organisation_id: organisationId,
          channel_id: ids.openChannel,
          number: 1,
          text: 'Keskustaan lisää puita',
          language: 'fi',
          origin: 'participant',
          status: 'published',
          author_participant_id: participantId,
          author_user_id: anna.userId,
          hidden_reason: null,
          moderated_by_user_id: null,
          moderated_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto('statement_votes')
        .values({
          organisation_id: organisationId,
          channel_id: ids.openChannel,
          statement_id: statementId,
          participant_id: participantId,
          vote: 1,
          first_voted_at: at,
          voted_at: at,
        })
        .execute();
      const promptId = newId();
      await db
        .insertInto('workshop_prompts')
        .values({
          id: promptId,
          organisation_id: organisationId,
          workshop_id: ids.liveWorkshop,
          position: 0,
          text: json({ fi: 'Mitä toivot?' }),
          stage: 'writing',
          revealed: 0,
        })
        .execute();
      const workshopParticipant = newId();
      await db
        .insertInto('workshop_participants')
        .values({
          id: workshopParticipant,
          organisation_id: organisationId,
          workshop_id: ids.liveWorkshop,
          user_id: anna.userId,
          browser_key: null,
          display_name: null,
          group_id: null,
          joined_at: at,
        })
        .execute();
      const noteId = newId();
      await db
        .insertInto('workshop_notes')
        .values({
          id: noteId,
          organisation_id: organisationId,
          workshop_id: ids.liveWorkshop,
          prompt_id: promptId,
          group_id: null,
          participant_id: workshopParticipant,
          cluster_id: null,
          merged_into_id: null,
          text: 'Puisto',
          author_name: null,
          language: 'fi',
          hidden_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto('workshop_votes')
        .values({
          id: newId(),
          organisation_id: organisationId,
          workshop_id: ids.liveWorkshop,
          prompt_id: promptId,
          participant_id: workshopParticipant,
          note_id: noteId,
          cluster_id: null,
          created_at: at,
        })
        .execute();
    });

    it("lists the person's answer, registration, votes and notes with links, and nothing of others'", async () => {
      const response = await anna.client.get(`${PAGE}/my-participation`);
      assert.equal(response.status, 200);
      const page = response.text;
      assert.match(page, /<h1>Oma osallistumiseni<\/h1>/);
      assert.match(page, /Avoin kysely<\/h2>\s*<p>Vastasit kyselyyn/);
      assert.match(page, new RegExp(`href="/fi/processes/hubi/surveys/${ids.openSurvey}">Katso vastauksesi`));
      assert.match(page, /Asukasilta<\/h2>\s*<p>Ilmoittauduit tapahtumaan/);
      assert.match(page, /Mitä mieltä olet keskustasta\?<\/h2>\s*<p>1 ääni, 1 oma väite/);
      assert.match(page, /Elävä paja<\/h2>\s*<p>Liityit mukaan: 1 lappu, 1 ääni/);
      assert.match(page, new RegExp(`href="/fi/workshops/${ids.liveWorkshop}">Palaa huoneeseen`));
      assert.ok(!page.includes('Henkilöstöinfo'), "Bertil's registration is not Anna's");
      const theirs = (await bertil.client.get('/en/processes/hubi/my-participation')).text;
      assert.match(theirs, /Henkilöstöinfo/);
      for (const title of ['Avoin kysely', 'Asukasilta', 'keskustasta', 'Elävä paja']) assert.ok(!theirs.includes(title), title);
      assert.match(theirs, /<a[^>]*href="\/en\/processes\/hubi\/my-participation"[^>]*aria-current="page"/);
    });

    it("says what to do when there is nothing yet, and shows a visitor without an account only this browser's part", async () => {
      const nobody = await createPerson(test, 'hubi-tyhja', { locale: 'sv' });
      const empty = (await nobody.client.get('/sv/processes/hubi/my-participation')).text;
      assert.match(empty, /Du har ännu inte deltagit i den här processen som inloggad\./);
      assert.match(empty, /href="\/sv\/processes\/hubi#hub-open-title"/);
      // Without an account the page lists this browser's part (none here: rows of accounts are not a browser's).
      const anonymous = await test.client().get(`${PAGE}/my-participation`);
      assert.equal(anonymous.status, 200);
      assert.match(anonymous.text, /Tällä selaimella ei ole vielä osallistuttu tähän prosessiin kirjautumatta\./);
      assert.doesNotMatch(anonymous.text, /data-kind=/);
      assert.equal((await test.client().get('/fi/processes/ei-ole/my-participation')).status, 404);
    });
  });
});
