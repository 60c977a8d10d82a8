import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { effectiveVotes } from '../commands/import-polis-conversation.ts';
import { parsePolisComments, parsePolisVotes } from '../csv/polis-files.ts';
import { readCsvTable } from '../csv/read-csv.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { captureOutput, polisOpendataRoot } from '../test-support/polis-data.ts';
import { runStatementsCommand } from './run-statements-command.ts';

const SEATTLE = path.join(polisOpendataRoot, '15-per-hour-seattle');
const COMMENTS_HEADER = 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body';
const VOTES_HEADER = 'timestamp,datetime,comment-id,voter-id,vote';
const GOOD_COMMENTS = `${COMMENTS_HEADER}\n1,x,0,0,1,0,1,"Torille lisää penkkejä, kiitos"\n2,x,1,1,0,1,-1,Mainos\n`;
const GOOD_VOTES = `${VOTES_HEADER}\n10,x,0,0,1\n11,x,1,0,-1\n12,x,0,1,0\n`;

describe('tarina statements import and export', () => {
  let test: TestApp;
  let scratch: string;
  const run = async (args: string[]) => {
    const capture = captureOutput();
    const code = await runStatementsCommand(args, test.context, capture.output);
    return { code, out: capture.out.join('\n'), error: capture.error.join('\n') };
  };
  const folder = (name: string, files: Record<string, string | Buffer>) => {
    const dir = path.join(scratch, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
  };
  const counts = async () => {
    const db = test.context.db;
    const channels = await db
      .selectFrom('statement_channels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const statements = await db
      .selectFrom('statements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const votes = await db
      .selectFrom('statement_votes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return [Number(channels.n), Number(statements.n), Number(votes.n)];
  };

  before(async () => {
    test = await startTestApp({ demo: true });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-statements-'));
  });
  after(async () => {
    fs.rmSync(scratch, { recursive: true, force: true });
    await test.close();
  });

  const broken: Array<{ name: string; files: Record<string, string | Buffer>; message: RegExp }> = [
    {
      name: 'an unterminated quote',
      files: { 'comments.csv': `${COMMENTS_HEADER}\n1,x,0,0,1,0,1,"Hyvä\n2,x,1,0,1,0,1,Toinen\n`, 'votes.csv': GOOD_VOTES },
      message: /^comments\.csv, line 2: a field that starts with a quote never ends\.$/,
    },
    {
      name: 'a quote inside an unquoted field',
      files: { 'comments.csv': `${COMMENTS_HEADER}\n1,x,0,0,1,0,1,Sanoi "hei"\n`, 'votes.csv': GOOD_VOTES },
      message: /comments\.csv, line 2: a quote in the middle of a field/,
    },
    {
      name: 'a missing column',
      files: { 'comments.csv': GOOD_COMMENTS, 'votes.csv': 'timestamp,datetime,comment-id,voter-id\n1,x,0,0\n' },
      message: /votes\.csv: missing columns: vote\./,
    },
    {
      name: 'a row with too few fields',
      files: { 'comments.csv': GOOD_COMMENTS, 'votes.csv': `${VOTES_HEADER}\n10,x,0,0,1\n11,x,1,0,-1\n12,x,0,1\n` },
      message: /votes\.csv, line 4: the line has 4 fields, the header line says 5\./,
    },
    {
      name: 'a vote other than 1, 0 and -1',
      files: { 'comments.csv': GOOD_COMMENTS, 'votes.csv': `${VOTES_HEADER}\n10,x,0,0,1\n11,x,1,0,2\n` },
      message: /votes\.csv, line 3: column vote must be 1, 0 or -1, found “2”\./,
    },
    {
      name: 'a statement id that is not a number',
      files: { 'comments.csv': GOOD_COMMENTS, 'votes.csv': `${VOTES_HEADER}\n10,x,0,0,1\n11,x,x7,0,1\n` },
      message: /votes\.csv, line 3: column comment-id must be a non-negative whole number, found “x7”\./,
    },
    {
      name: 'a voter id that is not a number',
      files: { 'comments.csv': GOOD_COMMENTS, 'votes.csv': `${VOTES_HEADER}\n10,x,0,abc,1\n` },
      message: /votes\.csv, line 2: column voter-id must be a non-negative whole number, found “abc”\./,
    },
    {
      name: 'a bad moderation value, after a quoted line break',
      files: { 'comments.csv': `${COMMENTS_HEADER}\n1,x,0,0,1,0,1,"kaksi\nriviä"\n2,x,1,0,1,0,2,Kolme\n`, 'votes.csv': GOOD_VOTES },
      message: /comments\.csv, line 4: column moderated must be 1, 0 or -1, found “2”\./,
    },
    {
      name: 'the same statement twice',
      files: { 'comments.csv': `${COMMENTS_HEADER}\n1,x,0,0,1,0,1,Yksi\n2,x,0,0,1,0,1,Kaksi\n`, 'votes.csv': GOOD_VOTES },
      message: /comments\.csv, line 3: statement 0 appears earlier in the file\./,
    },
    {
      name: 'a missing file',
      files: { 'comments.csv': GOOD_COMMENTS },
      message: /votes\.csv does not exist\./,
    },
    {
      name: 'bytes that are not UTF-8',
      files: {
        'comments.csv': Buffer.concat([Buffer.from(`${COMMENTS_HEADER}\n1,x,0,0,1,0,1,caf`), Buffer.from([0xe9]), Buffer.from('\n')]),
        'votes.csv': GOOD_VOTES,
      },
      message: /^comments\.csv is not UTF-8 text\.$/,
    },
  ];

  for (const example of broken) {
    it(`refuses ${example.name}: exit code 2, the file and line named, nothing stored`, async () => {
      const before = await counts();
      const result = await run(['import', folder(example.name.replace(/\W+/g, '-'), example.files), '--process', 'rauman-tarina']);
      assert.equal(result.code, 2, result.out);
      assert.match(result.error, example.message);
      assert.equal(result.out, '');
      assert.deepEqual(await counts(), before);
    });
  }

  it('answers bad arguments with exit code 2 and an unknown process with 1', async () => {
    const dir = folder('good', { 'comments.csv': GOOD_COMMENTS, 'votes.csv': GOOD_VOTES });
    assert.equal((await run(['import', dir])).code, 2);
    assert.equal((await run(['import', dir, '--process', 'rauman-tarina', '--bogus', 'x'])).code, 2);
    assert.equal((await run(['frobnicate', dir, '--process', 'rauman-tarina'])).code, 2);
    const unknown = await run(['import', dir, '--process', 'no-such-process']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.error, /no process with the slug no-such-process/);
  });

  it('imports a small conversation: hidden statement, last vote counts, draft channel', async () => {
    const dir = folder('small', {
      'comments.csv': GOOD_COMMENTS,
      'votes.csv': `${VOTES_HEADER}\n10,x,0,0,1\n30,x,0,0,-1\n20,x,0,0,0\n11,x,1,0,-1\n12,x,0,1,0\n`,
      'summary.csv': 'topic,Torin penkit\nconversation-description,"monta\nriviä"\n',
    });
    const result = await run(['import', dir, '--process', 'rauman-tarina']);
    assert.equal(result.code, 0, result.error);
    assert.match(result.out, /Imported 2 statements \(1 hidden\), 2 participants and 3 votes \(2 replaced by a later vote\)/);
    const channelId = /channel ([0-9a-f-]{36})/.exec(result.out)?.[1] as string;
    const db = test.context.db;
    const channel = await db.selectFrom('statement_channels').selectAll().where('id', '=', channelId).executeTakeFirstOrThrow();
    assert.equal(channel.status, 'draft');
    assert.equal(JSON.parse(channel.question).fi, 'Torin penkit');
    const votes = await db
      .selectFrom('statement_votes')
      .innerJoin('statement_participants', 'statement_participants.id', 'statement_votes.participant_id')
      .innerJoin('statements', 'statements.id', 'statement_votes.statement_id')
      .select([
        'statement_participants.number as voter',
        'statements.number as statement',
        'statement_votes.vote',
        'statement_votes.first_voted_at',
      ])
      .where('statement_votes.channel_id', '=', channelId)
      .orderBy('statement_participants.number')
      .orderBy('statements.number')
      .execute();
    assert.deepEqual(
      votes.map((vote) => [Number(vote.voter), Number(vote.statement), Number(vote.vote), vote.first_voted_at]),
      [
        [0, 0, -1, new Date(10).toISOString()],
        [0, 1, -1, new Date(11).toISOString()],
        [1, 0, 0, new Date(12).toISOString()],
      ],
    );
    const hidden = await db
      .selectFrom('statements')
      .select(['number', 'status'])
      .where('channel_id', '=', channelId)
      .orderBy('number')
      .execute();
    assert.deepEqual(
      hidden.map((row) => [Number(row.number), row.status]),
      [
        [0, 'published'],
        [1, 'hidden'],
      ],
    );
  });

  it('imports what real exports hold: text-less and whitespace statements hidden, votes on unlisted statements left out, authors without votes; all counted', async () => {
    const dir = folder('real-world', {
      'comments.csv':
        `${COMMENTS_HEADER}\n1,x,0,0,2,0,1,Penkkejä torille\n2,x,1,,0,1,-1,\n3,x,2,1,0,0,1,"   "\n` +
        `4,x,3,5,0,0,0,Lisää puita\n5,x,4,,1,1,1,Pyöräteitä\n`,
      'votes.csv':
        `${VOTES_HEADER}\n10,x,0,0,1\n11,x,1,0,-1\n12,x,2,0,1\n13,x,9,0,1\n14,x,0,1,-1\n15,x,0,1,1\n` +
        `16,x,4,1,1\n17,x,4,0,-1\n18,x,3,1,0\n19,x,12,1,-1\n`,
    });
    const before = await counts();
    const result = await run(['import', dir, '--process', 'rauman-tarina']);
    assert.equal(result.code, 0, result.error);
    assert.match(result.out, /Imported 5 statements \(2 hidden\), 3 participants and 7 votes \(1 replaced by a later vote\)/);
    assert.match(
      result.out,
      /1 statements without text \(hidden\), 2 votes on statements not in comments\.csv \(left out\), 1 participants who only wrote statements/,
    );
    const [channels, statements, votes] = before as [number, number, number];
    assert.deepEqual(await counts(), [channels + 1, statements + 5, votes + 7]);
    const channelId = /channel ([0-9a-f-]{36})/.exec(result.out)?.[1] as string;
    const rows = await test.context.db
      .selectFrom('statements')
      .select(['number', 'status', 'text'])
      .where('channel_id', '=', channelId)
      .orderBy('number')
      .execute();
    assert.deepEqual(
      rows.map((row) => [Number(row.number), row.status, row.text]),
      [
        [0, 'published', 'Penkkejä torille'],
        [1, 'hidden', ''],
        [2, 'hidden', ''],
        [3, 'published', 'Lisää puita'],
        [4, 'published', 'Pyöräteitä'],
      ],
    );
    const authorOnly = await test.context.db
      .selectFrom('statement_participants')
      .select('number')
      .where('channel_id', '=', channelId)
      .where('number', '=', 5)
      .executeTakeFirst();
    assert.ok(authorOnly, 'the author who never voted is a numbered participant');
  });

  const degenerate: Array<{ name: string; comments: string; votes: string; reason: RegExp }> = [
    { name: 'no votes', comments: GOOD_COMMENTS, votes: `${VOTES_HEADER}\n`, reason: /no votes/ },
    {
      name: 'one participant',
      comments: GOOD_COMMENTS,
      votes: `${VOTES_HEADER}\n10,x,0,0,1\n11,x,1,0,-1\n`,
      reason: /only one participant/,
    },
    {
      name: 'one statement',
      comments: `${COMMENTS_HEADER}\n1,x,0,0,1,0,1,Yksi\n`,
      votes: `${VOTES_HEADER}\n10,x,0,0,1\n11,x,0,1,-1\n12,x,0,2,0\n`,
      reason: /one statement only/,
    },
    {
      name: 'every statement moderated out',
      comments: `${COMMENTS_HEADER}\n1,x,0,0,1,0,-1,\n2,x,1,0,1,0,-1,Mainos\n`,
      votes: `${VOTES_HEADER}\n10,x,0,0,1\n11,x,1,1,-1\n12,x,0,2,0\n`,
      reason: /every statement that received votes is moderated out/,
    },
  ];
  for (const example of degenerate) {
    it(`imports a conversation with ${example.name}: an empty map and the reason said`, async () => {
      const dir = folder(`degenerate-${example.name.replace(/\W+/g, '-')}`, {
        'comments.csv': example.comments,
        'votes.csv': example.votes,
      });
      const result = await run(['import', dir, '--process', 'rauman-tarina']);
      assert.equal(result.code, 0, result.error);
      assert.match(result.out, /Opinion groups: 0,/);
      assert.match(result.out, new RegExp(`No opinion map: .*${example.reason.source}`));
      const channelId = /channel ([0-9a-f-]{36})/.exec(result.out)?.[1] as string;
      const snapshot = await findLatestSnapshot(test.context.db, test.demo.organisationId as string, channelId);
      assert.ok(snapshot);
      assert.deepEqual([snapshot.result.groups, snapshot.result.projections], [[], []]);
    });
  }

  it('exports in Polis’s format what it imported: the same effective votes, moderation and a group-id per participant', async () => {
    const imported = await run(['import', SEATTLE, '--process', 'rauman-tarina']);
    assert.equal(imported.code, 0, imported.error);
    const channelId = /channel ([0-9a-f-]{36})/.exec(imported.out)?.[1] as string;
    const out = path.join(scratch, 'export');
    const exported = await run(['export', out, '--process', 'rauman-tarina', '--channel', channelId]);
    assert.equal(exported.code, 0, exported.error);
    const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
    const originalComments = parsePolisComments(fs.readFileSync(path.join(SEATTLE, 'comments.csv'), 'utf8'));
    const comments = parsePolisComments(read('comments.csv'));
    assert.deepEqual(
      comments
        .map((comment) => [comment.id, comment.authorId, comment.moderated === -1, comment.body])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
      originalComments
        .map((comment) => [comment.id, comment.authorId, comment.moderated === -1, comment.body])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const ids = new Set(originalComments.map((comment) => comment.id));
    const key = (vote: { voterId: number; commentId: number; vote: number }) => `${vote.voterId}:${vote.commentId}:${vote.vote}`;
    const original = effectiveVotes(parsePolisVotes(fs.readFileSync(path.join(SEATTLE, 'votes.csv'), 'utf8'), ids))
      .map(key)
      .sort();
    const roundTrip = parsePolisVotes(read('votes.csv'), ids).map(key).sort();
    assert.deepEqual(roundTrip, original);
    const participants = readCsvTable(read('participants-votes.csv'), 'participants-votes.csv', ['participant', 'group-id', 'n-votes']);
    const grouped = participants.filter((row) => row.value('group-id') !== '');
    assert.ok(grouped.length > 100 && grouped.length < participants.length, 'grouped participants have a group-id, the others none');
    assert.deepEqual(new Set(grouped.map((row) => row.value('group-id'))), new Set(['0', '1']));
    const again = await run(['import', out, '--process', 'rauman-tarina']);
    assert.equal(again.code, 0, 'our export imports again');
  });

  it('asks which channel to export when the process has several', async () => {
    const result = await run(['export', path.join(scratch, 'which'), '--process', 'rauman-tarina']);
    assert.equal(result.code, 2);
    assert.match(result.error, /choose one with --channel ID/);
  });
});
