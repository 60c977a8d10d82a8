import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { type CreatedWorkshop, createWorkshop, detail, join, setStage } from './test-support/fixtures.ts';
import { joinQrSvg } from './views/join-info.tsx';

const newWorkshopForm = (processSlug: string, overrides: Record<string, string> = {}) => ({
  processSlug,
  template: 'future-workshop',
  kind: 'workshop',
  'title.fi': 'Kaupunginosaillan työpaja',
  'title.sv': '',
  'title.en': '',
  'description.fi': '',
  eventId: '',
  'prompts.0.text.fi': 'Mikä on hyvää kaupunginosassasi?',
  'prompts.1.text.fi': '',
  'groups.0.name': '',
  access: 'code',
  noteNames: 'anonymous',
  noteMaxLength: '200',
  dotsPerParticipant: '3',
  ...overrides,
});

/** The closing form's rows as the page shows them: each text and the cluster chosen for it. */
function outcomeRowsOf(html: string): Array<{ text: string; clusterId: string }> {
  const texts = [...html.matchAll(/<input[^>]*name="items\.\d+\.text"[^>]*>/g)].map((match) => /value="([^"]*)"/.exec(match[0])?.[1] ?? '');
  const clusters = [...html.matchAll(/<select[^>]*name="items\.(\d+)\.clusterId"[^>]*>([\s\S]*?)<\/select>/g)].map(
    (match) => /<option value="([^"]*)" selected>/.exec(match[2] ?? '')?.[1] ?? '',
  );
  assert.equal(texts.length, clusters.length);
  return texts.map((text, index) => ({ text, clusterId: clusters[index]! }));
}

/** The texts of the page's field labels, in order. */
function labelsOf(html: string): string[] {
  return [...html.matchAll(/<label for="field-items-[^"]+" class="field__label">([^<]*)/g)].map((match) => match[1] ?? '');
}

describe('facilitator pages: templates, set-up, console actions without JavaScript, projector, closing', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;
  let phone: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin, { kind: 'seminar' });
    phone = test.client();
    await join(phone, workshop.joinCode);
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    for (const text of ['Avoimuus', 'Avoin päätöksenteko', 'Rohkeus', 'Yhteisöllisyys']) {
      const posted = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text });
      assert.equal(posted.status, 201);
    }
  });
  after(() => test.close());

  const notes = () =>
    test.context.db
      .selectFrom('workshop_notes')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  const action = (name: string, fields: Record<string, string>) =>
    admin.postForm(`/fi/admin/workshops/${workshop.id}/actions/${name}`, fields);

  it('lists the template library and prefills a new workshop from a template', async () => {
    const list = await admin.get('/fi/admin/workshops');
    assert.equal(list.status, 200);
    assert.match(list.text, /Tulevaisuustyöpaja/);
    assert.match(list.text, /Arvopohjaisten päämäärien seminaari/);
    const form = await admin.get('/fi/admin/workshops/new?template=value-goals-seminar');
    assert.equal(form.status, 200);
    assert.match(form.text, /Mitkä arvot ohjaavat kaupunkimme kehittämistä\?/);
    assert.match(form.text, /<option value="seminar" selected>/);
    assert.match(form.text, /<button type="submit" class="button button--primary">Luo seminaari<\/button>/);
  });

  it('creates a workshop from the form and opens its console with the join address and code', async () => {
    const created = await admin.postForm('/fi/admin/workshops/new', newWorkshopForm(test.demo.processSlug!));
    assert.equal(created.status, 303, created.text);
    const console = await admin.get(created.location!);
    assert.equal(console.status, 200);
    assert.match(console.text, /Työpaja luotiin/);
    assert.match(console.text, /class="workshop-join__code">[A-Z2-9]{6}</);
    assert.match(console.text, /127\.0\.0\.1:\d+\/fi\/join/);
  });

  it('refuses bad set-up with 422 at the fields and keeps what was typed', async () => {
    const refused = await admin.postForm(
      '/fi/admin/workshops/new',
      newWorkshopForm(test.demo.processSlug!, {
        access: 'bodies',
        'prompts.0.text.fi': '',
        noteMaxLength: '5',
        'title.fi': 'Säilyvä nimi',
      }),
    );
    assert.equal(refused.status, 422);
    assert.match(refused.text, /Valitse ainakin yksi toimielin tai yksikkö/);
    assert.match(refused.text, /Kirjoita vähintään yksi kysymys/);
    assert.match(refused.text, /value="Säilyvä nimi"/);
  });

  it('refuses removing a prompt that has notes (409), so no one’s note is lost to an edit', async () => {
    const form = await admin.get(`/fi/admin/workshops/${workshop.id}/edit`);
    assert.equal(form.status, 200);
    const [first, second] = workshop.prompts;
    const refused = await admin.postForm(`/fi/admin/workshops/${workshop.id}/edit`, {
      kind: 'seminar',
      'title.fi': 'Testityöpaja',
      'prompts.0.id': second!.id,
      'prompts.0.text.fi': 'Mitä pitäisi muuttaa?',
      access: 'code',
      noteNames: 'anonymous',
      noteMaxLength: '120',
      dotsPerParticipant: '3',
    });
    assert.equal(refused.status, 409);
    assert.match(refused.text, /Kysymystä, jolla on jo lappuja, ei voi poistaa/);
    assert.equal((await notes()).filter((note) => note.prompt_id === first!.id).length, 4);
  });

  it('clusters by the keyboard way: add a cluster, move notes into it from each note’s actions, merge and separate duplicates', async () => {
    const added = await action('create-cluster', { name: 'Avoimuus', promptId: workshop.prompts[0]!.id });
    assert.equal(added.status, 303);
    const cluster = await test.context.db
      .selectFrom('workshop_clusters')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const [open, openDecisions] = await notes();
    assert.equal((await action('move', { noteId: open!.id, clusterId: cluster.id })).status, 303);
    assert.equal((await action('move', { noteId: openDecisions!.id, clusterId: cluster.id })).status, 303);
    const console = await admin.get(`/fi/admin/workshops/${workshop.id}`);
    // One link per note to its actions (the script makes it a menu), and no per-note selects.
    const rohkeus = (await notes()).find((row) => row.text === 'Rohkeus')!;
    const actionsHref = `/fi/admin/workshops/${workshop.id}/notes/${rohkeus.id}`;
    assert.match(console.text, new RegExp(`href="${actionsHref}" aria-label="Toiminnot lapulle ”Rohkeus”"`));
    assert.doesNotMatch(console.text, /<select[^>]+name="clusterId"/);
    assert.match(console.text, /draggable="true" data-note-id=/);
    // Without the script the link opens the note's forms: its cluster select lists the wall's clusters.
    const actions = await admin.get(actionsHref);
    assert.equal(actions.status, 200);
    assert.match(actions.text, /<label class="field__label" for="note-move">Ryhmä lapulle: Rohkeus<\/label>/);
    assert.match(actions.text, new RegExp(`<option value="${cluster.id}">Avoimuus</option>`));
    assert.equal((await admin.get(`/fi/admin/workshops/${workshop.id}/notes/unknown-note`)).status, 404);
    // In a cluster with another note, the merge form offers that note.
    const mergeForm = await admin.get(`/fi/admin/workshops/${workshop.id}/notes/${openDecisions!.id}`);
    assert.match(mergeForm.text, new RegExp(`<option value="${open!.id}">`));
    assert.equal((await action('merge', { noteId: openDecisions!.id, intoNoteId: open!.id })).status, 303);
    let rows = await notes();
    assert.equal(rows.find((row) => row.id === openDecisions!.id)?.merged_into_id, open!.id);
    const contribution = await test.context.db
      .selectFrom('contributions')
      .select('metadata')
      .where('source_id', '=', openDecisions!.id)
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(contribution.metadata).cluster, 'Avoimuus');
    assert.equal((await action('separate', { noteId: openDecisions!.id })).status, 303);
    rows = await notes();
    assert.equal(rows.find((row) => row.id === openDecisions!.id)?.merged_into_id, null);
    assert.equal((await action('rename-cluster', { clusterId: cluster.id, name: 'Avoimuus ja luottamus' })).status, 303);
  });

  it('gives each prompt one state and one next step, the step to take next as the one primary button, posted without JavaScript', async () => {
    const three = await createWorkshop(test, admin, {
      prompts: [{ text: { fi: 'Yksi?' } }, { text: { fi: 'Kaksi?' } }, { text: { fi: 'Kolme?' } }],
    });
    const [first, second] = three.prompts;
    const consolePage = () => admin.get(`/fi/admin/workshops/${three.id}`);
    const prompt = (html: string, id: string) => html.slice(html.indexOf(`id="prompt-${id}"`)).split('</li>')[0]!;
    const primaries = (html: string) => html.match(/id="console-next-action"/g)?.length ?? 0;

    let html = (await consolePage()).text;
    assert.equal(primaries(html), 1);
    assert.match(prompt(html, first!.id), /id="console-next-action"[^>]*>Aloita kysymys 1</);
    assert.match(prompt(html, second!.id), /<span class="tag">Ei aloitettu<\/span>/);
    assert.match(prompt(html, second!.id), />Aloita kysymys 2</);

    // The primary button's form, as a browser without the script posts it: writing starts.
    const started = await admin.postForm(`/fi/admin/workshops/${three.id}/actions/stage`, { promptId: first!.id, stage: 'writing' });
    assert.equal(started.status, 303);
    html = (await consolePage()).text;
    assert.match(prompt(html, first!.id), /aria-current="step"/);
    assert.match(prompt(html, first!.id), /<span class="tag tag--public">Nyt: lappujen kirjoitus<\/span>/);
    assert.doesNotMatch(prompt(html, first!.id), /Ei aloitettu/, 'one state per prompt, not "not started" and "now" at once');
    assert.match(prompt(html, first!.id), /id="console-next-action"[^>]*>Aloita ryhmittely</);
    assert.equal(primaries(html), 1);

    // Leaving the first prompt before its results pauses it; it can be continued.
    await setStage(admin, three.id, second!.id, 'writing');
    html = (await consolePage()).text;
    assert.match(prompt(html, first!.id), /Kesken: Lappujen kirjoitus/);
    assert.match(prompt(html, first!.id), />Jatka kysymystä 1</);
    assert.match(prompt(html, second!.id), /id="console-next-action"[^>]*>Aloita ryhmittely</);

    // Every prompt done: closing the workshop is the next step, and the only close link.
    for (const item of three.prompts) await setStage(admin, three.id, item.id, 'results');
    html = (await consolePage()).text;
    assert.equal(html.match(/<span class="tag[^"]*">Valmis<\/span>/g)?.length, 3);
    assert.match(
      html,
      /<a id="console-next-action" class="button button--primary" href="\/fi\/admin\/workshops\/[^"]+\/close">Päätä työpaja</,
    );
    assert.equal(html.match(/>Päätä työpaja</g)?.length, 1);
  });

  it('locks the room (a phone’s note is refused with the text kept) and opens it again; starts and stops a timer', async () => {
    assert.equal((await action('lock', { locked: '1' })).status, 303);
    const refused = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Lukittu ajatus' });
    assert.equal(refused.status, 409);
    assert.match(refused.json<{ detail: string }>().detail, /lukinnut huoneen/);
    assert.equal((await action('lock', { locked: '0' })).status, 303);
    assert.equal((await action('timer', { minutes: '5' })).status, 303);
    const room = await phone.get(`/fi/workshops/${workshop.id}`);
    assert.match(room.text, /data-ends-at="/);
    assert.equal((await action('timer', { minutes: '' })).status, 303);
    const bad = await action('timer', { minutes: '999' });
    assert.equal(bad.status, 422);
  });

  it('shows the projector view in large type with the join code and its QR code, apart from the site’s navigation', async () => {
    const projector = await admin.get(`/fi/admin/workshops/${workshop.id}/projector`);
    assert.equal(projector.status, 200);
    assert.match(projector.text, /<body class="projector">/);
    assert.ok(projector.text.includes(workshop.joinCode));
    const qr = /<span class="workshop-join__qr" role="img" aria-label="([^"]+)"><svg [^>]*viewBox="0 0 (\d+) \2"/.exec(projector.text);
    assert.ok(qr, 'a QR code of the join address');
    assert.equal(qr[1], test.context.translator.t('fi', 'workshops.join.qr'));
    assert.ok(projector.text.includes(joinQrSvg(`${test.baseUrl}/fi/join/${workshop.joinCode}`)), 'the QR code opens /join/CODE');
    assert.doesNotMatch(projector.text, /site-header/);
    assert.match(projector.text, /src="\/assets\/workshops\/projector\.js"/);
  });

  it('serves the client scripts and stylesheet, and every module they import (the delta library among them)', async () => {
    for (const file of ['room.js', 'console.js', 'projector.js', 'close-form.js', 'live.js', 'workshops.css']) {
      const response = await test.client().get(`/assets/workshops/${file}`);
      assert.equal(response.status, 200, file);
    }
    // Walk the module graph from each page script as a browser would: every static import must answer JavaScript.
    const seen = new Set<string>();
    const visit = async (url: string) => {
      if (seen.has(url)) return;
      seen.add(url);
      const response = await test.client().get(url);
      assert.equal(response.status, 200, url);
      assert.match(response.headers.get('content-type') ?? '', /javascript/, url);
      for (const [, specifier] of response.text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
        await visit(new URL(specifier as string, `http://tarina.test${url}`).pathname);
      }
    };
    for (const file of ['room.js', 'console.js', 'projector.js']) await visit(`/assets/workshops/${file}`);
    assert.ok(seen.has('/assets/vendor/jsondiffpatch/index.js'), [...seen].join(', '));
    assert.ok([...seen].filter((url) => url.startsWith('/assets/vendor/jsondiffpatch/')).length > 5);
    assert.equal((await test.client().get('/assets/vendor/jsondiffpatch/index.d.ts')).status, 404, 'only the modules are served');
  });

  it('moves and adds the closing form’s rows without JavaScript, every typed value kept and nothing saved; each row’s fields carry its number', async () => {
    const url = `/fi/admin/workshops/${workshop.id}/close`;
    const form = await admin.get(url);
    assert.equal(form.status, 200);
    assert.deepEqual(labelsOf(form.text).slice(0, 4), ['Kohta 1', 'Ryhmä, josta kohta 1 syntyi', 'Kohta 2', 'Ryhmä, josta kohta 2 syntyi']);
    // Enter in a field presses the first submit button: the hidden copy of "record and close", not a row's move button.
    assert.match(
      form.text,
      /<form[^>]*>(?:(?!type="submit")[\s\S])*<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">Kirjaa lopputulos/,
    );
    assert.match(form.text, /name="move" value="down:0"[^>]*>Siirrä alas<span class="visually-hidden">, Kohta 1<\/span>/);
    assert.doesNotMatch(form.text, /value="up:0"/, 'the first row cannot move up');
    const cluster = await test.context.db
      .selectFrom('workshop_clusters')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const typed = {
      'items.0.text': 'Avoin kaupunki',
      'items.0.clusterId': cluster.id,
      'items.1.text': 'Rohkea kaupunki',
      'items.1.clusterId': '',
      'items.2.text': 'Yhteisöllinen kaupunki',
      'items.2.clusterId': '',
      confirm: 'yes',
    };

    const down = await admin.postForm(url, { ...typed, move: 'down:0' });
    assert.equal(down.status, 200, down.text);
    assert.deepEqual(outcomeRowsOf(down.text), [
      { text: 'Rohkea kaupunki', clusterId: '' },
      { text: 'Avoin kaupunki', clusterId: cluster.id },
      { text: 'Yhteisöllinen kaupunki', clusterId: '' },
    ]);
    assert.match(down.text, /<p id="workshop-outcome-notice" class="notice notice--info">Kohta 1 on nyt kohta 2\./);
    assert.match(
      down.text,
      /value="down:1"[^>]*autofocus[^>]*aria-describedby="workshop-outcome-notice"/,
      'the keyboard stays on the moved row',
    );
    assert.deepEqual(labelsOf(down.text).slice(2, 4), ['Kohta 2', 'Ryhmä, josta kohta 2 syntyi']);

    const up = await admin.postForm(url, {
      ...typed,
      'items.0.text': 'Rohkea kaupunki',
      'items.0.clusterId': '',
      'items.1.text': 'Avoin kaupunki',
      'items.1.clusterId': cluster.id,
      move: 'up:2',
    });
    assert.equal(up.status, 200);
    assert.deepEqual(
      outcomeRowsOf(up.text).map((row) => row.text),
      ['Rohkea kaupunki', 'Yhteisöllinen kaupunki', 'Avoin kaupunki'],
    );
    assert.equal(outcomeRowsOf(up.text)[2]?.clusterId, cluster.id, 'the chosen cluster moves with its row');
    assert.match(up.text, /Kohta 3 on nyt kohta 2\./);
    assert.match(up.text, /value="up:1"[^>]*autofocus/);

    const toTheTop = await admin.postForm(url, { ...typed, move: 'up:1' });
    assert.match(toTheTop.text, /value="down:0"[^>]*autofocus/, 'at the top the keyboard goes to the row’s other button');

    const added = await admin.postForm(url, { ...typed, addRow: '1' });
    assert.equal(added.status, 200);
    assert.deepEqual(outcomeRowsOf(added.text), [
      { text: 'Avoin kaupunki', clusterId: cluster.id },
      { text: 'Rohkea kaupunki', clusterId: '' },
      { text: 'Yhteisöllinen kaupunki', clusterId: '' },
      { text: '', clusterId: '' },
    ]);
    assert.match(added.text, /Luettelon loppuun lisättiin kohta 4\./);
    assert.match(added.text, /name="addRow" value="1"[^>]*autofocus/);
    assert.ok(labelsOf(added.text).includes('Ryhmä, josta kohta 4 syntyi'));

    const stale = await admin.postForm(url, { ...typed, move: 'up:0' });
    assert.equal(stale.status, 200, 'a move that names no row changes nothing and closes nothing');
    assert.deepEqual(
      outcomeRowsOf(stale.text).map((row) => row.text),
      ['Avoin kaupunki', 'Rohkea kaupunki', 'Yhteisöllinen kaupunki'],
    );

    const saved = await test.context.db.selectFrom('workshop_outcomes').select('id').where('workshop_id', '=', workshop.id).execute();
    assert.equal(saved.length, 0, 'nothing is recorded until the form is sent to be recorded');
    const stillOpen = await test.context.db
      .selectFrom('workshops')
      .select('status')
      .where('id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    assert.equal(stillOpen.status, 'open');
  });

  it('closes a seminar with its agreed, ordered outcome, linked to its cluster; the code then expires', async () => {
    const form = await admin.get(`/fi/admin/workshops/${workshop.id}/close`);
    assert.equal(form.status, 200);
    assert.match(form.text, /value="Avoimuus ja luottamus"/);
    const cluster = await test.context.db
      .selectFrom('workshop_clusters')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const closed = await admin.postForm(`/fi/admin/workshops/${workshop.id}/close`, {
      'items.0.text': 'Avoin ja luotettava kaupunki',
      'items.0.clusterId': cluster.id,
      'items.1.text': 'Rohkea kokeilija',
      'items.1.clusterId': '',
      confirm: 'yes',
    });
    assert.equal(closed.status, 303, closed.text);
    const ended = await admin.get(closed.location!);
    assert.match(ended.text, /Seminaari päätettiin ja sen lopputulos kirjattiin\./);
    assert.match(ended.text, /Seminaari on päättynyt\. Koodi ei ole enää käytössä\./);
    assert.match(ended.text, />Avaa seminaari uudelleen</);
    assert.doesNotMatch(ended.text, /Työpaja (?:on päättynyt|päätettiin)|Avaa työpaja/);
    const room = await phone.get(`/fi/workshops/${workshop.id}`);
    assert.match(room.text, /Seminaari on päättynyt\. Kiitos osallistumisesta!/);
    const outcome = await test.context.db
      .selectFrom('workshop_outcomes')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .orderBy('position')
      .execute();
    assert.deepEqual(
      outcome.map((item) => item.text),
      ['Avoin ja luotettava kaupunki', 'Rohkea kokeilija'],
    );
    const link = await test.context.db.selectFrom('links').selectAll().where('from_id', '=', outcome[0]!.id).executeTakeFirstOrThrow();
    assert.equal(link.to_id, cluster.id);
    const late = await join(test.client({ 'accept-language': 'fi' }), workshop.joinCode);
    assert.equal(late.status, 410);
    assert.match(detail(late), /Tämä seminaari on päättynyt/);
    // A change attempted after the end is refused in the seminar's own words.
    const lateCluster = await admin.api('POST', `/api/v1/workshops/${workshop.id}/clusters`, {
      promptId: cluster.prompt_id,
      name: 'Myöhässä',
    });
    assert.equal(lateCluster.status, 409, lateCluster.text);
    assert.match(detail(lateCluster), /^Seminaari on päättynyt, eikä siihen voi enää tehdä muutoksia\.$/);
    const results = await phone.get(`/fi/workshops/${workshop.id}/results`);
    assert.match(results.text, /Sovittu lopputulos/);
    assert.match(results.text, /Avoin ja luotettava kaupunki/);
  });

  it('exports every note as CSV and JSON for the facilitator, and records the export', async () => {
    const csv = await admin.get(`/api/v1/workshops/${workshop.id}/export?format=csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.text, /prompt_position,prompt,prompt_stage,group,cluster/);
    assert.match(csv.text, /Avoimuus ja luottamus/);
    const json = await admin.get(`/api/v1/workshops/${workshop.id}/export?format=json`);
    assert.equal(json.status, 200);
    assert.equal(json.json<{ notes: unknown[] }>().notes.length, 4);
    const audit = await test.context.db.selectFrom('audit_log').select('id').where('action', '=', 'workshops.results.export').execute();
    assert.equal(audit.length, 2);
    const denied = await phone.get(`/api/v1/workshops/${workshop.id}/export?format=csv`);
    assert.equal(denied.status, 401);
  });
});
