import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { actionPath, currentValues, postForms } from '../../../platform/testing/html-forms.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { sendRequestedInvitations } from '../jobs/send-invitations.ts';

const HEADER = 'e-post;namn;enhet;roll;språk';

/** A multipart/form-data body as a browser sends it: text fields, and files with their name and bytes (UTF-8 here). */
function multipart(fields: Array<[string, string] | [string, string, string]>): { body: string; type: string } {
  const boundary = '----tarina-test-boundary';
  const parts = fields.map((field) => {
    const [name, value, filename] = field;
    const disposition = filename
      ? `form-data; name="${name}"; filename="${filename}"\r\nContent-Type: text/csv`
      : `form-data; name="${name}"`;
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n${value}\r\n`;
  });
  return { body: `${parts.join('')}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

function postMultipart(client: TestClient, path: string, fields: Array<[string, string] | [string, string, string]>) {
  const { body, type } = multipart(fields);
  return client.request('POST', path, { body, headers: { 'content-type': type } });
}

/** The fields a browser would send for a rendered form's hidden inputs and ticked boxes, file inputs aside. */
function formFields(form: HTMLElement): Array<[string, string]> {
  const names = new Set(form.querySelectorAll('input').map((input) => input.getAttribute('name') ?? ''));
  return [...names].filter(Boolean).flatMap((name) => currentValues(form, name).map((value): [string, string] => [name, value]));
}

function importForm(html: string, withFile: boolean): HTMLElement {
  const form = postForms(html).find(
    (candidate) =>
      actionPath(candidate).endsWith('/admin/staff/import') && (candidate.querySelector('input[type=file]') !== null) === withFile,
  );
  if (!form) throw new Error(`no ${withFile ? 'upload' : 'confirm'} form`);
  assert.equal(form.getAttribute('enctype'), 'multipart/form-data');
  return form;
}

describe('the staff import page and API', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    // No job runner: the test runs the invitations' job itself, so it sees the mail wait for it.
    test = await startTestApp({ demo: true, mailer, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  const userByEmail = (email: string) =>
    test.context.db
      .selectFrom('users')
      .selectAll()
      .where('organisation_id', '=', test.demo.organisationId as string)
      .where('email', '=', email)
      .executeTakeFirst();

  it('uploads a file, shows every row’s outcome by line, and saves it with the confirm form (Swedish)', async () => {
    const page = await admin.get('/sv/admin/staff/import');
    assert.equal(page.status, 200);
    assert.match(page.text, /<label for="field-content"[^>]*>CSV-fil/);
    const upload = importForm(page.text, true);
    const csv = [HEADER, 'cecilia.ek@rauma.example;Cecilia Ek;Koncerntjänster;enhetschef;sv'].join('\n');
    const preview = await postMultipart(admin, actionPath(upload), [
      ...formFields(upload),
      ['content', csv, 'personal.csv'],
      ['deactivateMissing', 'yes'],
    ]);
    assert.equal(preview.status, 200, preview.text.slice(0, 2000));
    assert.match(preview.text, /<caption>Filens rader och vad som görs med varje<\/caption>/);
    assert.match(preview.text, /<th scope="row">2<\/th><td>cecilia\.ek@rauma\.example<\/td>/);
    assert.match(preview.text, /Skapas och bjuds in/);
    assert.equal(await userByEmail('cecilia.ek@rauma.example'), undefined, 'the preview saves nothing');

    const confirm = importForm(preview.text, false);
    const fields = formFields(confirm);
    assert.deepEqual(
      fields.map(([name]) => name),
      ['_csrf', 'content', 'commit', 'deactivateMissing'],
    );
    // The upload form below the preview keeps the box as it was ticked.
    assert.deepEqual(currentValues(importForm(preview.text, true), 'deactivateMissing'), ['yes']);
    const saved = await postMultipart(admin, actionPath(confirm), fields);
    assert.equal(saved.status, 303);
    assert.equal(saved.location, '/sv/admin/users');
    const next = await admin.get('/sv/admin/users');
    assert.match(next.text, /Personalimporten sparades/);
    const cecilia = await userByEmail('cecilia.ek@rauma.example');
    assert.equal(cecilia?.unit_id, test.demo.unitIds?.['central-administration']);
    // The commit asked for the invitation; the job mails it, off the request path.
    assert.equal(smtp.messages.filter((message) => message.to.includes('cecilia.ek@rauma.example')).length, 0, 'not mailed in the request');
    // One batch row for the import; the new person's row is marked with it.
    const requested = await test.context.db
      .selectFrom('users')
      .innerJoin('account_invitation_batches as batch', 'batch.id', 'users.invitation_batch_id')
      .select(['batch.base_url', 'batch.actor_user_id'])
      .where('users.id', '=', cecilia?.id as string)
      .executeTakeFirst();
    assert.equal(requested?.base_url, test.baseUrl, 'the request’s own origin, as PUBLIC_URL is not set');
    assert.ok(requested?.actor_user_id, 'the admin who imported is the batch’s actor');
    await sendRequestedInvitations(test.context, { now: test.context.clock.now(), log: (error) => assert.fail(String(error)) });
    const mail = await smtp.waitForMessage((message) => message.to.includes('cecilia.ek@rauma.example'));
    assert.match(mail.text, /\/sv\/invitation\//);
    const left = await test.context.db
      .selectFrom('account_invitation_requests')
      .select('user_id')
      .where('user_id', '=', cecilia?.id as string)
      .execute();
    assert.deepEqual(left, [], 'a sent invitation is no longer asked for');
    assert.equal((await userByEmail('cecilia.ek@rauma.example'))?.invitation_batch_id, null, 'the mark is cleared');
    const batches = await test.context.db.selectFrom('account_invitation_batches').select('id').execute();
    assert.deepEqual(batches, [], 'a batch with nobody left waiting is dropped');
  });

  it('shows a refused file’s problems by line (422) and saves nothing', async () => {
    const page = await admin.get('/fi/admin/staff/import');
    const upload = importForm(page.text, true);
    const csv = ['sähköposti;nimi;yksikkö', 'dup@rauma.example;A;Konsernipalvelut', 'dup@rauma.example;B;Kuuvirasto'].join('\n');
    const refused = await postMultipart(admin, actionPath(upload), [...formFields(upload), ['content', csv, 'henkilosto.csv']]);
    assert.equal(refused.status, 422);
    assert.match(refused.text, /<caption>Ongelmat riveittäin<\/caption>/);
    assert.match(refused.text, /<th scope="row">2<\/th><td>Sähköpostiosoite dup@rauma\.example on myös rivillä 3\.<\/td>/);
    assert.match(refused.text, /<th scope="row">3<\/th><td>Yksikköä tai työyhteisöä Kuuvirasto ei ole\.<\/td>/);
    assert.equal(postForms(refused.text).filter((form) => form.querySelector('input[name=commit]')).length, 0, 'no confirm button');
    assert.equal(await userByEmail('dup@rauma.example'), undefined);
  });

  it('asks for the file again when none is chosen, with the error at the field', async () => {
    const page = await admin.get('/en/admin/staff/import');
    const upload = importForm(page.text, true);
    const again = await postMultipart(admin, actionPath(upload), [...formFields(upload), ['deactivateMissing', 'yes']]);
    assert.equal(again.status, 422);
    assert.match(again.text, /id="field-content-error"/);
    assert.deepEqual(currentValues(importForm(again.text, true), 'deactivateMissing'), ['yes']);
  });

  it('answers the API with the preview, or 422 with each problem at line.N, and refuses those without the right', async () => {
    const good = Buffer.from([HEADER, 'dora.api@rauma.example;Dora;Finance and ICT;;en'].join('\n')).toString('base64');
    const preview = await admin.api('POST', '/api/v1/staff/import', { content: good });
    assert.equal(preview.status, 200);
    const body = preview.json<{ committed: boolean; rows: Array<{ line: number; outcome: string; invite: boolean }> }>();
    assert.equal(body.committed, false);
    assert.deepEqual(
      body.rows.map((row) => [row.line, row.outcome, row.invite]),
      [[2, 'create', true]],
    );

    const bad = Buffer.from([HEADER, 'eve@rauma.example;@cmd;Finance and ICT;;en'].join('\n')).toString('base64');
    const refused = await admin.api('POST', '/api/v1/staff/import', { content: bad, commit: true });
    assert.equal(refused.status, 422);
    assert.match(refused.headers.get('content-type') ?? '', /problem\+json/);
    assert.match(refused.text, /line\.2/);
    assert.equal(await userByEmail('eve@rauma.example'), undefined);

    const visitor = test.client();
    assert.equal((await visitor.api('POST', '/api/v1/staff/import', { content: good })).status, 401);
    assert.equal((await visitor.get('/fi/admin/staff/import')).status, 303, 'a visitor is sent to sign in');
  });
});
