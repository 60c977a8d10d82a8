import type { LogEvent } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { DEMO_ADMIN, loadDemo } from '../../src/demo.ts';
import { findSurveyDefinition, type SurveyDefinition } from '../../src/modules/surveys/index.ts';
import type { Answers } from '../../src/modules/surveys/model.ts';
import type { DatabaseTarget } from '../../src/platform/config.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { LISTEN_BACKLOG } from '../../src/platform/http/server.tsx';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import type { AppContext, DemoState } from '../../src/platform/module.ts';
import { TestClient } from '../../src/platform/testing/test-client.ts';
import { createTestDatabase } from '../../src/platform/testing/test-database.ts';
import { benchEnvironment } from './environment.ts';

/** One SQL statement as the app ran it. */
export interface RecordedQuery {
  sql: string;
  parameters: unknown[];
}

/** The app of a survey scenario, listening on loopback over a fresh demo database. */
export interface SurveyBench {
  context: AppContext;
  handle: DatabaseHandle;
  target: DatabaseTarget;
  demo: DemoState;
  baseUrl: string;
  /** SQL statements run since the app started. */
  statements(): number;
  /** The SQL statements (with their parameters) that `run` made the app run. */
  record(run: () => Promise<void>): Promise<RecordedQuery[]>;
  close(): Promise<void>;
}

/**
 * Starts the app as startBenchApp does, but behind a trusted proxy: the load
 * sends each submission from its own X-Forwarded-For address, as a crowd of
 * residents would, so the per-address answer limit does not turn the burst
 * into 429s. Load shedding is off unless `overloadGuard` asks for it.
 */
export async function startSurveyBench(options: { overloadGuard?: boolean } = {}): Promise<SurveyBench> {
  const database = await createTestDatabase();
  let statements = 0;
  const recorded: RecordedQuery[] = [];
  const recorder = { on: false };
  const onQuery = (event: LogEvent) => {
    statements += 1;
    if (recorder.on) recorded.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
  };
  const handle = openDatabase(database.target, { poolSize: 10, onQuery });
  try {
    await migrateToLatest(handle.db);
    // The overload scenario keeps the production defaults of load shedding; the speed scenarios turn it off.
    const environment = options.overloadGuard
      ? { TARINA_DEMO: '1', LOG_LEVEL: 'silent', TRUST_PROXY: '1' }
      : benchEnvironment({ TRUST_PROXY: '1' });
    const config = { ...loadConfig(environment), database: database.target };
    const silentMailer: Mailer = { send: async () => {}, close: () => {} };
    const { app, context } = await buildApp({ config, database: handle, mailer: silentMailer, logger: false });
    const demo = await loadDemo(context);
    await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return {
      context,
      handle,
      target: database.target,
      demo,
      baseUrl,
      statements: () => statements,
      record: async (run) => {
        recorded.length = 0;
        recorder.on = true;
        try {
          await run();
        } finally {
          recorder.on = false;
        }
        return [...recorded];
      },
      close: async () => {
        await app.close();
        await handle.close();
        await database.drop();
      },
    };
  } catch (error) {
    await handle.close();
    await database.drop();
    throw error;
  }
}

/** The admin client of the demo. */
export async function adminClient(baseUrl: string): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  await client.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
  return client;
}

async function api<T>(client: TestClient, method: string, path: string, body: unknown, status: number): Promise<T> {
  const response = await client.api(method, path, body);
  if (response.status !== status) throw new Error(`${method} ${path} answered ${response.status}: ${response.text}`);
  return response.json<T>();
}

const choices = (...labels: string[]) => labels.map((label) => ({ label: { fi: label } }));

/** The 20 questions of the bench survey, five to a section: five long texts, and every other type. */
const QUESTIONS: Array<Record<string, unknown>> = [
  {
    type: 'single_choice',
    text: { fi: 'Ikäryhmä' },
    required: true,
    background: 'age_band',
    choices: choices('alle 18', '18–29', '30–49', '50–64', '65+'),
  },
  {
    type: 'single_choice',
    text: { fi: 'Asuinalue' },
    required: true,
    background: 'home_area',
    choices: choices('Keskusta', 'Uotila', 'Lappi', 'Kortela'),
  },
  {
    type: 'single_choice',
    text: { fi: 'Suhde Raumaan' },
    background: 'relation',
    choices: choices('Asun', 'Työskentelen', 'Opiskelen', 'Vierailen'),
  },
  { type: 'long_text', text: { fi: 'Mikä Raumassa on parasta?' }, required: true },
  { type: 'scale', text: { fi: 'Kuinka viihdyt Raumalla?' }, required: true, scaleMin: 1, scaleMax: 5 },
  {
    type: 'multiple_choice',
    text: { fi: 'Mitä arvostat?' },
    choices: choices('Vanha Rauma', 'Meri', 'Pitsi', 'Palvelut', 'Luonto'),
    allowOther: true,
    maxPicks: 3,
  },
  { type: 'long_text', text: { fi: 'Kerro tarina Raumasta' }, required: true },
  { type: 'scale', text: { fi: 'Kuinka turvallinen Rauma on?' }, scaleMin: 0, scaleMax: 10 },
  { type: 'number', text: { fi: 'Montako vuotta olet asunut Raumalla?' }, numberMin: 0, numberMax: 120, integer: true },
  { type: 'short_text', text: { fi: 'Rauma yhdellä sanalla' }, maxLength: 40 },
  { type: 'long_text', text: { fi: 'Mitä Raumalta puuttuu?' } },
  { type: 'ranking', text: { fi: 'Järjestä tärkeysjärjestykseen' }, choices: choices('Työ', 'Koulu', 'Luonto', 'Kulttuuri') },
  { type: 'multiple_choice', text: { fi: 'Missä liikut?' }, choices: choices('Kävellen', 'Pyörällä', 'Autolla', 'Bussilla'), maxPicks: 4 },
  { type: 'date', text: { fi: 'Milloin kävit viimeksi Vanhassa Raumassa?' } },
  { type: 'long_text', text: { fi: 'Millainen on Rauma 2030?' } },
  { type: 'scale', text: { fi: 'Kuinka hyvin palvelut toimivat?' }, scaleMin: 1, scaleMax: 5 },
  { type: 'single_choice', text: { fi: 'Osallistuitko Pitsiviikolle?' }, choices: choices('Kyllä', 'En') },
  { type: 'number', text: { fi: 'Montako kertaa vuodessa käyt torilla?' }, numberMin: 0, numberMax: 1000, integer: true },
  { type: 'short_text', text: { fi: 'Lempipaikkasi' }, maxLength: 100 },
  { type: 'long_text', text: { fi: 'Terveisesi kaupungille' } },
];

/** The ten questions of the results survey: a subset of every type, three of them background questions. */
export const RESULTS_QUESTIONS = [0, 1, 2, 3, 4, 5, 7, 8, 11, 13].map((index) => QUESTIONS[index] as Record<string, unknown>);

/** Builds a bench survey through the builder API (by default the 20 questions), five questions a section, published, open, anonymous. */
export async function createBenchSurvey(bench: SurveyBench, questions = QUESTIONS): Promise<SurveyDefinition> {
  const admin = await adminClient(bench.baseUrl);
  const slug = bench.demo.processSlug as string;
  const title = { fi: 'Suorituskykykysely', sv: 'Prestandaenkät', en: 'Bench survey' };
  const { id } = await api<{ id: string }>(
    admin,
    'POST',
    `/api/v1/processes/${slug}/surveys`,
    { title, status: 'published', anonymous: true },
    201,
  );
  const first = await api<{ sections: Array<{ id: string }> }>(admin, 'GET', `/api/v1/surveys/${id}`, undefined, 200);
  const sections = [first.sections[0]?.id ?? ''];
  for (let number = 2; number <= Math.ceil(questions.length / 5); number += 1) {
    sections.push((await api<{ id: string }>(admin, 'POST', `/api/v1/surveys/${id}/sections`, { title: { fi: `Osa ${number}` } }, 201)).id);
  }
  for (const [index, question] of questions.entries()) {
    await api(admin, 'POST', `/api/v1/surveys/${id}/questions`, { sectionId: sections[Math.floor(index / 5)], ...question }, 201);
  }
  const definition = await findSurveyDefinition(bench.handle.db, bench.demo.organisationId as string, id);
  if (!definition || definition.questions.length !== questions.length) throw new Error('the bench survey was not built');
  return definition;
}

const STORY =
  'Rauma on minulle ennen kaikkea Vanha Rauma: puutalot, kapeat kujat ja torin ympärillä kulkeva elämä. ' +
  'Kesäisin Pitsiviikko tuo kaupunkiin väkeä, ja meri on aina lähellä, kun kävelee Otanlahden rantaan. ' +
  'Toivon, että kaupunki pitää huolta vanhasta ja rakentaa samalla uutta, niin että nuoretkin jäävät tänne. ' +
  'Palvelujen pitäisi olla lähellä, bussien kulkea useammin ja kevyen liikenteen väylien olla turvallisia. ';

/** A ~500-character free text, different for every submission and question. */
export function freeText(submission: number, question: number): string {
  return `${submission}/${question}: ${STORY}`.slice(0, 500);
}

/**
 * A complete, valid response to the bench survey: every question answered,
 * the five long texts ~500 characters each. Vary it by `submission`.
 */
export function benchAnswers(definition: SurveyDefinition, submission: number): Answers {
  const answers: Answers = {};
  for (const [index, question] of definition.questions.entries()) {
    const ids = question.choices.map((choice) => choice.id);
    const pick = (offset: number) => ids[(submission + offset) % ids.length] as string;
    switch (question.type) {
      case 'long_text':
        answers[question.id] = { text: freeText(submission, index) };
        break;
      case 'short_text':
        answers[question.id] = { text: `Tori ${submission % 97}` };
        break;
      case 'single_choice':
        answers[question.id] = { choiceIds: [pick(index)] };
        break;
      case 'multiple_choice':
        answers[question.id] = { choiceIds: [pick(0), pick(1)] };
        break;
      case 'scale':
        answers[question.id] = { number: (question.settings.scaleMin ?? 1) + (submission % 5) };
        break;
      case 'number':
        answers[question.id] = { number: submission % 90 };
        break;
      case 'date':
        answers[question.id] = { date: `2013-0${1 + (submission % 9)}-1${submission % 10}` };
        break;
      case 'ranking':
        answers[question.id] = { ranking: ids.map((_, offset) => pick(offset)) };
        break;
    }
  }
  return answers;
}
