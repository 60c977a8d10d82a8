import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';
import { fewestStatements } from '../../../platform/testing/fewest-statements.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { insertProcess, insertProcessContent, insertPublishedPost } from '../test-fixtures.ts';

const PAGE = '/processes/rauman-tarina';

describe('the process page and the front page', () => {
  let test: TestApp;
  let organisationId: string;
  const clock = fixedClock('2013-04-10T09:00:00Z');
  before(async () => {
    // No scheduled jobs: their polling would be counted among the page's statements.
    test = await startTestApp({ demo: true, clock, environment: { TARINA_JOBS: '0' } });
    organisationId = test.demo.organisationId!;
  });
  after(() => test.close());

  it('renders the demo process in Finnish, Swedish and English with the page language', async () => {
    const fi = await test.client().get(`/fi${PAGE}`);
    assert.equal(fi.status, 200);
    assert.match(fi.text, /<html lang="fi"/);
    assert.match(fi.text, /<h1>Rauman Tarina<\/h1>/);
    assert.match(fi.text, /Missä mennään nyt\?/);
    const sv = await test.client().get(`/sv${PAGE}`);
    assert.match(sv.text, /<html lang="sv"/);
    assert.match(sv.text, /<h1>Raumos berättelse<\/h1>/);
    assert.match(sv.text, /Var står vi nu\?/);
    const en = await test.client().get(`/en${PAGE}`);
    assert.match(en.text, /<html lang="en"/);
    assert.match(en.text, /Rauma&#39;s Story|Rauma's Story/);
  });

  it('marks the phase containing today as current, the earlier as done, with the elapsed share', async () => {
    const page = (await test.client().get(`/fi${PAGE}`)).text;
    const steps = [...page.matchAll(/<li class="(phase-progress__step[^"]*)"[^>]*>([\s\S]*?)<\/li>/g)];
    assert.equal(steps.length, 5);
    assert.match(steps[0]![1]!, /--done/);
    assert.match(steps[1]![1]!, /--current/);
    assert.match(steps[1]![0]!, /aria-current="step"/);
    assert.match(steps[1]![2]!, /Äänet kuuluviin/);
    assert.match(steps[1]![2]!, /Nyt menossa/);
    assert.doesNotMatch(steps[2]![1]!, /--current|--done/);
    assert.match(page, /role="progressbar"[^>]*aria-valuenow="15"/);
    assert.match(page, /phase-progress__bar-fill w-15/);
    assert.match(page, /Nyt menossa: Äänet kuuluviin\./);
  });

  it('says the process has not started before the first phase and is completed after the last', async () => {
    try {
      clock.set('2013-01-15T10:00:00Z');
      const before = (await test.client().get(`/fi${PAGE}`)).text;
      assert.match(before, /Prosessi ei ole vielä alkanut\. Se alkaa 25\. helmikuuta 2013\./);
      assert.match(before, /aria-valuenow="0"/);
      assert.doesNotMatch(before, /aria-current="step"/);
      clock.set('2014-02-01T10:00:00Z');
      const afterwards = (await test.client().get(`/en${PAGE}`)).text;
      assert.match(afterwards, /The process was completed on December 31, 2013\./);
      assert.match(afterwards, /aria-valuenow="100"/);
      assert.equal([...afterwards.matchAll(/phase-progress__step--done/g)].length, 5);
    } finally {
      clock.set('2013-04-10T09:00:00Z');
    }
  });

  it('takes today from Helsinki time: 22:30 UTC on 17 April is already the 18th there', async () => {
    try {
      clock.set('2013-04-17T22:30:00Z');
      const page = (await test.client().get(`/fi${PAGE}`)).text;
      assert.match(page, /Nyt menossa: Tarinan työstäminen\./);
    } finally {
      clock.set('2013-04-10T09:00:00Z');
    }
  });

  it('renders the story Markdown as prose, previews the timeline and links the bodies and the feed', async () => {
    const page = (await test.client().get(`/fi${PAGE}`)).text;
    assert.match(page, /<div class="prose"><h3>Koko kaupunki mukaan Rauman tulevaisuuden tarinaan<\/h3>/);
    assert.match(page, /<h3>Seuraavaksi<\/h3>[\s\S]*RAUMAVIISAAT-aamukahvi/);
    assert.match(page, /<h3>Viimeksi<\/h3>[\s\S]*Laaja strategiaseminaari/);
    assert.match(page, /href="\/fi\/processes\/rauman-tarina\/timeline">Koko aikataulu/);
    assert.match(page, /href="\/fi\/processes\/rauman-tarina\/organisation#body-[^"]+">Kaupunginhallitus</);
    assert.match(page, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/fi\/processes\/rauman-tarina\/feed.atom"/);
  });

  it('lists the latest published news with links to the posts', async () => {
    await insertPublishedPost(test.context.db, organisationId, test.demo.processId!, 'aamukahvilla', {
      fi: 'Aamukahvilla RAUMAVIISAIDEN kanssa',
      sv: 'Morgonkaffe med RAUMAVIISAAT',
    });
    const page = (await test.client().get(`/sv${PAGE}`)).text;
    assert.match(page, /<a href="\/sv\/processes\/rauman-tarina\/news\/aamukahvilla">Morgonkaffe med RAUMAVIISAAT<\/a>/);
  });

  it('lists the visible processes on the front page with their current phase', async () => {
    const fi = await test.client().get('/fi/');
    assert.equal(fi.status, 200);
    assert.match(fi.text, /<h1>Rauman kaupunki<\/h1>/);
    assert.match(fi.text, /<a href="\/fi\/processes\/rauman-tarina">Rauman Tarina<\/a>/);
    assert.match(fi.text, /Nyt menossa: Äänet kuuluviin\./);
    const sv = await test.client().get('/sv/');
    assert.match(sv.text, /<h1>Raumo stad<\/h1>/);
    assert.match(sv.text, /Pågår nu: Rösterna hörs\./);
  });

  it('marks text shown in a fallback language with its own lang attribute', async () => {
    await insertProcess(test.context.db, organisationId, { slug: 'vain-suomeksi', title: { fi: 'Vain suomeksi' } });
    const page = (await test.client().get('/sv/processes/vain-suomeksi')).text;
    assert.match(page, /<h1 lang="fi">Vain suomeksi<\/h1>/);
  });

  it('escapes hostile text in a process title instead of running it', async () => {
    await insertProcess(test.context.db, organisationId, { slug: 'vihamielinen', title: { fi: '<script>alert(1)</script>' } });
    const page = await test.client().get('/fi/processes/vihamielinen');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /<script>alert\(1\)<\/script>/);
    assert.match(page.text, /<h1>&lt;script>alert\(1\)&lt;\/script><\/h1>/);
    const front = await test.client().get('/fi/');
    assert.doesNotMatch(front.text, /<script>alert/);
  });

  it('frames only youtube-nocookie and vimeo players, links other https videos and drops the rest', async () => {
    const db = test.context.db;
    await insertProcess(db, organisationId, {
      slug: 'video-youtube',
      heroVideoUrl: 'https://www.youtube-nocookie.com/embed/abc123',
      heroImageUrl: 'https://example.org/kuva.jpg',
      heroImageAlt: { fi: 'Raatihuone torilla' },
    });
    await insertProcess(db, organisationId, { slug: 'video-muu', heroVideoUrl: 'https://www.youtube.com/watch?v=abc123' });
    await insertProcess(db, organisationId, { slug: 'video-vaarallinen', heroVideoUrl: 'javascript:alert(1)' });
    const youtube = (await test.client().get('/fi/processes/video-youtube')).text;
    assert.match(youtube, /<div class="video-embed"><iframe src="https:\/\/www.youtube-nocookie.com\/embed\/abc123" title="Video: /);
    assert.match(youtube, /<img src="https:\/\/example.org\/kuva.jpg" alt="Raatihuone torilla"/);
    const other = (await test.client().get('/fi/processes/video-muu')).text;
    assert.doesNotMatch(other, /<iframe/);
    assert.match(other, /<a href="https:\/\/www.youtube.com\/watch\?v=abc123" rel="noopener noreferrer">Katso video<\/a>/);
    const hostile = (await test.client().get('/fi/processes/video-vaarallinen')).text;
    assert.doesNotMatch(hostile, /javascript:/);
  });

  it('answers 404 for an unknown or malformed slug, in the page language', async () => {
    const unknown = await test.client().get('/sv/processes/ei-ole');
    assert.equal(unknown.status, 404);
    assert.match(unknown.text, /Sidan hittades inte/);
    const malformed = await test.client().get(`/fi/processes/${encodeURIComponent("x' OR 1=1 --")}`);
    assert.equal(malformed.status, 404);
    // Fastify itself refuses path parameters over 100 characters (414); either way a 4xx, never a 500.
    const long = await test.client().get(`/fi/processes/${'a'.repeat(300)}`);
    assert.ok([404, 414].includes(long.status), String(long.status));
  });

  it('reads the page with the same number of statements however many phases, bodies and items', async () => {
    const client = test.client();
    // The organisation look-up is cached for a few seconds; on a slow machine one of
    // the renders may refresh it, so the page's own count is the smallest of the rounds.
    // Each round moves the page version on first, so the page is rendered, not served from the cache.
    const countFor = async (path: string) => {
      await client.get(path);
      return fewestStatements(
        test.queries,
        async () => {
          assert.equal((await client.get(path)).status, 200);
        },
        { beforeRound: () => bumpPageVersion(test.context.db, organisationId) },
      );
    };
    const demo = await countFor(`/fi${PAGE}`);
    const processId = await insertProcess(test.context.db, organisationId, { slug: 'kasvava' });
    await insertProcessContent(test.context.db, organisationId, processId, 1);
    const small = await countFor('/fi/processes/kasvava');
    await insertProcessContent(test.context.db, organisationId, processId, 20);
    await insertPublishedPost(test.context.db, organisationId, processId, 'uutinen', { fi: 'Uutinen' });
    const large = await countFor('/fi/processes/kasvava');
    assert.equal(large, small, 'twenty times the phases, bodies and items: not one statement more');
    // The demo's workshops are held at events: one statement reads those events' times, however many.
    assert.equal(demo, small + 1);
    const page = (await client.get('/fi/processes/kasvava')).text;
    assert.equal([...page.matchAll(/class="phase-progress__step/g)].length, 21);
  });
});
