/**
 * `tarina statements …` as an operator runs it: bin/tarina.mjs in a child
 * process, against the database of a running test app (DATABASE_URL), so the
 * whole path package.json bin → bin/tarina.mjs → src/cli.ts → this module is
 * exercised, exit codes included.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DatabaseTarget } from '../../../platform/config.ts';
import { runTarina } from '../../../platform/testing/run-tarina.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { readCsvTable } from '../csv/read-csv.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { polisOpendataRoot } from '../test-support/polis-data.ts';

const SEATTLE = path.join(polisOpendataRoot, '15-per-hour-seattle');

/** Runs `tarina …` in a child process from another working directory. */
const tarina = (target: DatabaseTarget, args: string[]) => runTarina(target, args, { environment: { LOG_LEVEL: 'silent' } });

describe('tarina statements on the command line', () => {
  let test: TestApp;
  let scratch: string;
  const channelCount = async () => {
    const row = await test.context.db
      .selectFrom('statement_channels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  before(async () => {
    test = await startTestApp({ demo: true });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-statements-cli-'));
  });
  after(async () => {
    fs.rmSync(scratch, { recursive: true, force: true });
    await test.close();
  });

  it('lists the statements commands in its help', async () => {
    const help = await tarina(test.context.config.database, ['help']);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /statements import DIR --process SLUG/);
    assert.match(help.stdout, /statements export DIR --process SLUG \[--channel ID\]/);
  });

  it('answers unknown options, verbs and missing arguments with exit code 2 and a clear message', async () => {
    const target = test.context.config.database;
    const before = await channelCount();
    const cases: Array<{ args: string[]; message: RegExp }> = [
      { args: ['statements', 'import', SEATTLE, '--process', 'rauman-tarina', '--colour', 'red'], message: /Unknown option '--colour'/ },
      { args: ['statements', 'frobnicate', SEATTLE], message: /Unknown command: statements frobnicate/ },
      { args: ['statements', 'import', SEATTLE], message: /statements import needs --process SLUG/ },
    ];
    for (const example of cases) {
      const result = await tarina(target, example.args);
      assert.equal(result.code, 2, `${example.args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, example.message);
      assert.match(result.stderr, /Usage: tarina <command>/);
    }
    const malformed = path.join(scratch, 'malformed');
    fs.mkdirSync(malformed);
    fs.writeFileSync(
      path.join(malformed, 'comments.csv'),
      'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n',
    );
    // Line 2 votes on a statement comments.csv lacks (left out and counted); line 3 is malformed and refuses the whole import.
    fs.writeFileSync(path.join(malformed, 'votes.csv'), 'timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n1,x,0,0,5\n');
    const refused = await tarina(target, ['statements', 'import', malformed, '--process', 'rauman-tarina']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /votes\.csv, line 3: column vote must be 1, 0 or -1/);
    assert.equal(await channelCount(), before, 'nothing was stored by the refused commands');
  });

  it('imports a Polis export folder and exports it back in Polis’s format with our groups', async () => {
    const target = test.context.config.database;
    const imported = await tarina(target, ['statements', 'import', SEATTLE, '--process', 'rauman-tarina']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 54 statements \(23 hidden\), 339 participants/);
    assert.match(imported.stdout, /Opinion groups: \d+/);
    const channelId = /channel ([0-9a-f-]{36})/.exec(imported.stdout)?.[1] as string;
    assert.ok(channelId, imported.stdout);
    const snapshot = await findLatestSnapshot(test.context.db, test.demo.organisationId as string, channelId);
    assert.ok(snapshot, 'the import computed the opinion groups');

    const out = path.join(scratch, 'export');
    const exported = await tarina(target, ['statements', 'export', out, '--process', 'rauman-tarina', '--channel', channelId]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['comments.csv', 'participants-votes.csv', 'votes.csv']);
    const original = readCsvTable(fs.readFileSync(path.join(SEATTLE, 'comments.csv'), 'utf8'), 'comments.csv', ['comment-id']);
    const written = readCsvTable(fs.readFileSync(path.join(out, 'comments.csv'), 'utf8'), 'comments.csv', ['comment-id']);
    assert.deepEqual(written.map((row) => row.value('comment-id')).sort(), original.map((row) => row.value('comment-id')).sort());
    const ours = new Map<string, string>();
    for (const group of snapshot.result.groups) for (const member of group.members) ours.set(member, String(group.id));
    const participants = readCsvTable(fs.readFileSync(path.join(out, 'participants-votes.csv'), 'utf8'), 'participants-votes.csv', [
      'participant',
      'group-id',
    ]);
    assert.ok(participants.length > 300);
    for (const row of participants) assert.equal(row.value('group-id'), ours.get(row.value('participant')) ?? '');
  });
});
