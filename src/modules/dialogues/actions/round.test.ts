import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { findRound } from '../queries/find-round.ts';
import { formAsRendered } from '../test-support/forms.ts';

describe('dialogue rounds: create and update on both surfaces', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId: string;
  let unitId: string;
  let roundId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    processId = test.demo.processId as string;
    unitId = test.demo.unitIds?.['social-and-health'] as string;
  });
  after(() => test.close());

  const roundForm = {
    processId: '',
    phaseId: '',
    'title.fi': 'Kesän dialogi',
    'title.sv': 'Sommarens dialog',
    'title.en': '',
    'questions.fi': 'Mitä tarina merkitsee työssämme?\nMihin sitoudumme?',
    'questions.sv': '',
    'questions.en': 'What does the story mean in our work?\nWhat do we commit to?',
    'groundRules.fi': 'Kuunnellaan.',
    'material.fi': '',
    'facilitatorNotes.fi': 'Varaa tunti.',
    opensOn: '2026-05-01',
    dueOn: '2026-06-15',
  };

  it('page: the coordinator creates a round (303), and every field comes back in its form', async () => {
    const response = await admin.postForm('/fi/admin/dialogues/new', { ...roundForm, processId, 'unitIds[]': [unitId] });
    assert.equal(response.status, 303);
    roundId = (response.location ?? '').split('/').pop() as string;
    assert.equal(response.location, `/fi/admin/dialogues/${roundId}`);
    const page = await admin.get(response.location);
    assert.equal(page.status, 200);
    assert.match(page.text, /Dialogikierros on luotu\./);
    const fields = formAsRendered(page.text, `/fi/admin/dialogues/${roundId}`);
    assert.equal(fields.processId, processId);
    assert.equal(fields['title.sv'], 'Sommarens dialog');
    assert.equal(fields['questions.fi'], roundForm['questions.fi']);
    assert.equal(fields['questions.en'], roundForm['questions.en']);
    assert.equal(fields['facilitatorNotes.fi'], 'Varaa tunti.');
    assert.deepEqual(fields['unitIds[]'], [unitId]);
    assert.equal(fields.opensOn, '2026-05-01');
    assert.equal(fields.dueOn, '2026-06-15');
  });

  it('page: the rendered form posted as it stands saves the same round, and a change comes back', async () => {
    const page = await admin.get(`/fi/admin/dialogues/${roundId}`);
    const fields = formAsRendered(page.text, `/fi/admin/dialogues/${roundId}`);
    const saved = await admin.postForm(`/fi/admin/dialogues/${roundId}`, { ...fields, dueOn: '2026-06-30', 'unitIds[]': [] });
    assert.equal(saved.status, 303);
    const again = formAsRendered((await admin.get(`/fi/admin/dialogues/${roundId}`)).text, `/fi/admin/dialogues/${roundId}`);
    assert.equal(again.dueOn, '2026-06-30');
    assert.deepEqual(again['unitIds[]'], []);
    assert.equal(again['questions.fi'], roundForm['questions.fi']);
    const round = await findRound(test.context.db, test.demo.organisationId as string, roundId);
    assert.deepEqual(round?.unitIds, []);
  });

  it('page: bad input comes back (422) with the values as typed and the errors at their fields', async () => {
    const response = await admin.postForm('/fi/admin/dialogues/new', {
      ...roundForm,
      processId,
      'questions.fi': '',
      'questions.en': 'One',
      dueOn: '2026-04-01',
    });
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    assert.match(response.text, /Määräpäivä ei voi olla ennen alkamispäivää\./);
    assert.match(response.text, /name="title\.sv"[^>]*value="Sommarens dialog"/);
    assert.match(response.text, /name="dueOn"[^>]*value="2026-04-01"/);
  });

  it('api: creates (201) and replaces (200) a round; a phase of another process is 422 at the field', async () => {
    const body = {
      processId,
      title: { fi: 'API-kierros' },
      questions: { fi: 'Yksi\nKaksi\nKolme' },
      opensOn: '2026-05-01',
      dueOn: '2026-05-31',
    };
    const created = await admin.api('POST', '/api/v1/dialogue-rounds', body);
    assert.equal(created.status, 201);
    const round = created.json<{ id: string; questions: Array<{ fi: string }>; unitIds: string[] }>();
    assert.deepEqual(
      round.questions.map((question) => question.fi),
      ['Yksi', 'Kaksi', 'Kolme'],
    );
    const replaced = await admin.api('PUT', `/api/v1/dialogue-rounds/${round.id}`, { ...body, title: { fi: 'Uusi nimi' } });
    assert.equal(replaced.status, 200);
    assert.equal(replaced.json<{ title: { fi: string } }>().title.fi, 'Uusi nimi');
    const wrongPhase = await admin.api('POST', '/api/v1/dialogue-rounds', { ...body, phaseId: 'no-such-phase' });
    assert.equal(wrongPhase.status, 422);
    assert.match(wrongPhase.text, /phaseId/);
  });

  it('both surfaces: a visitor is 401, staff without the role 403, an unknown round 404', async () => {
    const visitor = test.client();
    assert.equal((await visitor.postForm('/fi/admin/dialogues/new', { ...roundForm, processId })).status, 401);
    assert.equal((await visitor.api('POST', '/api/v1/dialogue-rounds', {})).status, 401);
    const staff = await createPerson(test, 'dialogue-staff', { roles: ['member'] });
    assert.equal((await staff.client.api('POST', '/api/v1/dialogue-rounds', { ...roundForm })).status, 403);
    assert.equal((await staff.client.get('/fi/admin/dialogues/new')).status, 403);
    assert.equal((await admin.get('/fi/admin/dialogues/no-such-round')).status, 404);
    const valid = { processId, title: { fi: 'X' }, questions: { fi: 'Y' }, opensOn: '2026-05-01', dueOn: '2026-05-02' };
    assert.equal((await admin.api('PUT', '/api/v1/dialogue-rounds/no-such-round', valid)).status, 404);
  });

  it('the list shows the rounds to the coordinator', async () => {
    const list = await admin.get('/fi/admin/dialogues');
    assert.equal(list.status, 200);
    assert.match(list.text, /Kesän dialogi/);
  });
});
