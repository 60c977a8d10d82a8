import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../platform/clock.ts';
import { startTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { demoAccount } from './demo-accounts.ts';
import { LIVE_PROCESS_SLUG, LIVE_WORKSHOP_CODE, type LiveDemoState } from './rauma-live.ts';

interface Phase {
  startsOn: string;
  endsOn: string;
  state: 'done' | 'current' | 'upcoming';
  title: { fi: string };
}
interface Seats {
  capacity: number | null;
  confirmed: number;
  quotas: Array<{ value: string; seats: number; confirmed: number; waitlisted: number }>;
}
interface SurveyQuestion {
  id: string;
  type: string;
  required: boolean;
  choices: Array<{ id: string }>;
}

/** Two seed days far from 2013 and from today, one in summer time and one in winter time. */
const SEED_DAYS = [
  { instant: '2031-05-17T09:30:00Z', today: '2031-05-17' },
  { instant: '2044-01-09T21:45:00Z', today: '2044-01-09' },
];

/** An answer to each required question of the live survey, as the API takes it. */
function answersTo(questions: SurveyQuestion[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions.filter((entry) => entry.required)) {
    if (question.type === 'long_text' || question.type === 'short_text') answers[question.id] = { text: 'Rantareitti jatkuu satamaan.' };
    else if (question.type === 'scale') answers[question.id] = { number: 4 };
    else answers[question.id] = { choiceIds: [question.choices[0]?.id] };
  }
  return answers;
}

for (const seed of SEED_DAYS) {
  describe(`the live demo process seeded on ${seed.instant}: open for taking part that day`, () => {
    let test: TestApp;
    let live: LiveDemoState;

    before(async () => {
      test = await startTestApp({ demo: true, clock: fixedClock(seed.instant) });
      live = test.demo.live as LiveDemoState;
    });
    after(() => test.close());

    it('is in its voices phase today, the start-up phase done and the later phases in the future', async () => {
      const response = await test.client().api('GET', `/api/v1/processes/${LIVE_PROCESS_SLUG}/phases`);
      assert.equal(response.status, 200, response.text);
      const phases = response.json<{ items: Phase[] }>().items;
      assert.deepEqual(
        phases.map((phase) => phase.state),
        ['done', 'current', 'upcoming', 'upcoming', 'upcoming'],
      );
      const current = phases[1]!;
      assert.ok(current.startsOn < seed.today && seed.today < current.endsOn, `${current.startsOn}–${current.endsOn} holds ${seed.today}`);
      for (const later of phases.slice(2)) assert.ok(later.startsOn > seed.today, `${later.title.fi} starts after today`);
    });

    it('leads the front page with the live process, before the finished 2013 one', async () => {
      const page = (await test.client().get('/fi/')).text;
      const liveAt = page.indexOf(`/fi/processes/${LIVE_PROCESS_SLUG}"`);
      const finishedAt = page.indexOf('/fi/processes/rauman-tarina"');
      assert.ok(liveAt > 0 && finishedAt > 0, 'both processes are listed');
      assert.ok(liveAt < finishedAt, 'the live process comes first');
    });

    it('has an open survey with answers already given, which an anonymous resident answers through HTTP', async () => {
      const list = await test.client().api('GET', `/api/v1/processes/${LIVE_PROCESS_SLUG}/surveys`);
      const surveys = list.json<{ items: Array<{ id: string; opensAt: string; closesAt: string }> }>().items;
      const open = surveys.filter((survey) => survey.opensAt <= seed.instant && seed.instant < survey.closesAt);
      assert.deepEqual(
        open.map((survey) => survey.id),
        [live.surveyId],
      );
      const given = await test.context.db
        .selectFrom('survey_responses')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('survey_id', '=', live.surveyId!)
        .where('submitted_at', '<=', new Date(seed.instant).toISOString())
        .executeTakeFirstOrThrow();
      assert.ok(given.count >= 50, `${given.count} answers before the seed instant`);
      const resident = test.client();
      const definition = (await resident.api('GET', `/api/v1/surveys/${live.surveyId}`)).json<{
        sections: Array<{ questions: SurveyQuestion[] }>;
      }>();
      const questions = definition.sections.flatMap((section) => section.questions);
      const answered = await resident.api('POST', `/api/v1/surveys/${live.surveyId}/responses`, { answers: answersTo(questions) });
      assert.equal(answered.status, 201, answered.text);
    });

    it('has the staff workshop open for registration, seats by unit quota and some taken: a staff member gets a seat, a full unit’s the waitlist', async () => {
      const eventId = live.eventIds?.['staff-workshop'];
      assert.ok(eventId);
      const teacher = test.client();
      const staff = demoAccount('staff-education');
      await teacher.signIn(staff.email, staff.password);
      const before = (await teacher.api('GET', `/api/v1/events/${eventId}`)).json<{ seats: Seats }>().seats;
      assert.equal(before.capacity, 60);
      assert.ok(before.quotas.length >= 2, 'seats are split over the units');
      assert.equal(
        before.quotas.reduce((sum, quota) => sum + quota.seats, 0),
        60,
      );
      assert.ok(before.confirmed > 0 && before.confirmed < 60, `${before.confirmed} seats taken`);
      const education = test.demo.unitIds?.['education-and-culture'];
      const full = test.demo.unitIds?.['environment-and-planning'];
      const quotaOf = (seats: Seats, unit: string | undefined) => seats.quotas.find((quota) => quota.value === unit);
      assert.ok(quotaOf(before, education)!.confirmed < quotaOf(before, education)!.seats, 'education and culture has seats left');
      assert.equal(quotaOf(before, full)!.confirmed, quotaOf(before, full)!.seats, 'environment and planning is full');

      const registered = await teacher.api('POST', `/api/v1/events/${eventId}/registrations`, {});
      assert.equal(registered.status, 201, registered.text);
      assert.equal(registered.json<{ status: string }>().status, 'confirmed');

      const planner = test.client();
      const waiting = demoAccount('staff');
      await planner.signIn(waiting.email, waiting.password);
      const waitlisted = await planner.api('POST', `/api/v1/events/${eventId}/registrations`, {});
      assert.equal(waitlisted.status, 201, waitlisted.text);
      assert.equal(waitlisted.json<{ status: string }>().status, 'waitlisted');

      const afterwards = (await teacher.api('GET', `/api/v1/events/${eventId}`)).json<{ seats: Seats }>().seats;
      assert.equal(quotaOf(afterwards, education)!.confirmed, quotaOf(before, education)!.confirmed + 1);
    });

    it('has the residents’ event upcoming with registration open to anyone', async () => {
      const eventId = live.eventIds?.['residents-event'];
      assert.ok(eventId);
      const event = (await test.client().api('GET', `/api/v1/events/${eventId}`)).json<{ startsAt: string }>();
      assert.ok(event.startsAt > seed.instant, 'the event is still to come');
      const response = await test.client().api('POST', `/api/v1/events/${eventId}/registrations`, {
        name: 'Asukas',
        email: 'asukas@example.com',
      });
      assert.equal(response.status, 201, response.text);
      assert.equal(response.json<{ status: string }>().status, 'confirmed');
    });

    it('has a workshop a phone joins by its code and writes a note in', async () => {
      const phone = test.client();
      const joined = await phone.api('POST', '/api/v1/workshops/join', { code: LIVE_WORKSHOP_CODE.toLowerCase() });
      assert.equal(joined.status, 200, joined.text);
      assert.equal(joined.json<{ workshopId: string }>().workshopId, live.workshopId);
      const note = await phone.api('POST', `/api/v1/workshops/${live.workshopId}/notes`, { text: 'Lisää penkkejä rantaan.' });
      assert.ok([200, 201].includes(note.status), note.text);
    });

    it('shows its pages to a resident and the join code to the facilitator', async () => {
      const resident = test.client();
      const base = `/fi/processes/${LIVE_PROCESS_SLUG}`;
      for (const path of [
        base,
        `${base}/timeline`,
        `${base}/surveys/${live.surveyId}`,
        `${base}/statements/${live.statementChannelId}`,
        `/fi/events/${live.eventIds?.['residents-event']}`,
        `/fi/join/${LIVE_WORKSHOP_CODE}`,
      ]) {
        const response = await resident.get(path);
        assert.equal(response.status, 200, path);
      }
      const facilitator = test.client();
      const account = demoAccount('facilitator');
      await facilitator.signIn(account.email, account.password);
      const consolePage = await facilitator.get(`/fi/admin/workshops/${live.workshopId}`);
      assert.equal(consolePage.status, 200);
      assert.match(consolePage.text, new RegExp(`<strong class="workshop-join__code">${LIVE_WORKSHOP_CODE}</strong>`));
    });

    it('has an open statements channel with an opinion map that takes a resident’s vote', async () => {
      const voter = test.client();
      const channel = await voter.api('GET', `/api/v1/statements/${live.statementChannelId}`);
      assert.equal(channel.status, 200, channel.text);
      const body = channel.json<{ state: string; statements: Array<{ id: string }>; participant: { mayVote: boolean } }>();
      assert.equal(body.state, 'open');
      assert.ok(body.participant.mayVote);
      const results = await voter.api('GET', `/api/v1/statements/${live.statementChannelId}/results`);
      assert.equal(results.status, 200, results.text);
      assert.ok(results.json<{ groups: unknown[] }>().groups.length >= 2, 'the votes already give opinion groups');
      const vote = await voter.api('POST', `/api/v1/statements/${live.statementChannelId}/votes`, {
        statementId: body.statements[0]?.id,
        vote: 'agree',
      });
      assert.equal(vote.status, 200, vote.text);
      assert.equal(vote.json<{ progress: { voted: number } }>().progress.voted, 1);
    });
  });
}
