import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../platform/authz/authz.ts';
import { Refusal } from '../../platform/domain/refusal.ts';
import { HttpError } from '../../platform/http/errors.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { cancelRegistration } from './commands/cancel-registration.ts';
import { createEvent } from './commands/create-event.ts';
import { moveRegistration } from './commands/move-registration.ts';
import { registerForEvent } from './commands/register-for-event.ts';
import { updateRegistrationSettings } from './commands/update-registration-settings.ts';
import { type Operation, SeatBook } from './test-support/seat-book.ts';

const NOW = new Date('2013-03-10T08:00:00Z');
const UNIT_KEYS = ['central-administration', 'social-and-health', 'education-and-culture'];
const NO_QUOTA_UNIT = 'technical-services';

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('register' as const), person: fc.nat(12), quota: fc.option(fc.nat(2)) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cancel' as const), person: fc.nat(12) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('seats' as const), quota: fc.nat(2), seats: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('capacity' as const), capacity: fc.integer({ min: 1, max: 10 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), person: fc.nat(12), quota: fc.option(fc.nat(2)) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'release' as const }) },
);

/** Runs one model operation through the real commands; refusals (4xx) leave the database as they found it. */
class DatabaseBook {
  readonly seats = [2, 2, 1];
  capacity = 6;
  released = false;

  constructor(
    private readonly test: TestApp,
    private readonly actor: Actor,
    readonly eventId: string,
  ) {}

  private unitOf(quota: number | null) {
    return this.test.demo.unitIds![quota === null ? NO_QUOTA_UNIT : UNIT_KEYS[quota]!]!;
  }

  private async active(person: number) {
    return this.test.context.db
      .selectFrom('event_registrations')
      .select(['id', 'status'])
      .where('event_id', '=', this.eventId)
      .where('email', '=', `p${person}@example.com`)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
  }

  async saveSettings(): Promise<void> {
    const quotas = UNIT_KEYS.map((key, index) => ({ value: this.test.demo.unitIds![key]!, label: { fi: key }, seats: this.seats[index]! }));
    const settings = {
      registrationMode: 'open' as const,
      capacity: this.capacity,
      quotaAttribute: 'unit' as const,
      quotas,
      registrationDeadline: null,
      quotaReleaseAt: this.released ? '2013-03-01T00:00:00.000Z' : null,
      answersRetentionDays: 30,
      questions: [],
    };
    await updateRegistrationSettings(this.test.context.db, this.actor, this.eventId, settings, NOW);
  }

  private async applyOrThrow(operation: Operation): Promise<void> {
    const { db } = this.test.context;
    const organisationId = this.actor.organisationId;
    const reason = { actor: this.actor, reason: 'property test', ip: null };
    if (operation.kind === 'register') {
      const person = {
        name: `P${operation.person}`,
        email: `p${operation.person}@example.com`,
        userId: null,
        attributeValues: [this.unitOf(operation.quota)],
        locale: 'fi' as const,
        siteOrigin: 'http://test',
        answers: {},
        invitationId: null,
      };
      await registerForEvent(db, organisationId, this.eventId, person, NOW);
    } else if (operation.kind === 'cancel' || operation.kind === 'move') {
      const row = await this.active(operation.person);
      if (!row) return;
      if (operation.kind === 'cancel') await cancelRegistration(db, organisationId, { id: row.id, eventId: this.eventId }, NOW);
      else
        await moveRegistration(
          db,
          organisationId,
          { eventId: this.eventId, registrationId: row.id, attributeValues: [this.unitOf(operation.quota)] },
          NOW,
          reason,
        );
    } else {
      const before = { seats: [...this.seats], capacity: this.capacity, released: this.released };
      if (operation.kind === 'seats') this.seats[operation.quota] = operation.seats;
      if (operation.kind === 'capacity') this.capacity = operation.capacity;
      if (operation.kind === 'release') this.released = true;
      try {
        await this.saveSettings();
      } catch (error) {
        Object.assign(this, { capacity: before.capacity, released: before.released });
        this.seats.splice(0, 3, ...before.seats);
        throw error;
      }
    }
  }

  async apply(operation: Operation): Promise<void> {
    try {
      await this.applyOrThrow(operation);
    } catch (error) {
      const refused = error instanceof Refusal || (error instanceof HttpError && error.status < 500);
      if (!refused) throw error;
    }
  }

  async statuses(): Promise<string[]> {
    const rows = await this.test.context.db
      .selectFrom('event_registrations')
      .select(['email', 'status', 'pool'])
      .where('event_id', '=', this.eventId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => `${row.email.split('@')[0]}:${row.status}:${row.pool ?? '-'}`);
  }
}

describe('seat allocation in the database follows the model for any sequence of operations (property-based)', () => {
  let test: TestApp;
  let actor: Actor;

  before(async () => {
    test = await startTestApp({ demo: true });
    actor = {
      organisationId: test.demo.organisationId!,
      userId: test.demo.adminUserId!,
      grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
    };
  });
  after(() => test.close());

  it('registrations, cancellations, quota and capacity changes, moves and the release give the same seats as the model', async () => {
    const details = {
      kind: 'workshop' as const,
      title: { fi: 'Malli' },
      description: { fi: '' },
      agenda: { fi: '' },
      summary: { fi: '' },
      place: { fi: '' },
      onlineUrl: null,
      startsOn: '2013-03-22',
      startTime: '12:00',
      endsOn: null,
      endTime: '16:00',
      audience: 'public' as const,
      audienceBodyIds: [],
      audienceUnitIds: [],
      responsible: { fi: '' },
      status: 'confirmed' as const,
      timelineItemId: null,
    };
    await fc.assert(
      fc.asyncProperty(fc.array(operationArbitrary, { minLength: 5, maxLength: 30 }), async (operations) => {
        const eventId = await createEvent(test.context.db, actor, test.demo.processId!, details, 'Europe/Helsinki', NOW);
        const database = new DatabaseBook(test, actor, eventId);
        await database.saveSettings();
        const quotaIds = await test.context.db
          .selectFrom('event_quotas')
          .select(['id', 'attribute_value'])
          .where('event_id', '=', eventId)
          .execute();
        const quotaIdOf = (key: string) => quotaIds.find((row) => row.attribute_value === test.demo.unitIds![key])!.id;
        const model = new SeatBook({
          capacity: 6,
          quotas: new Map(database.seats.map((seats, index) => [`q${index}`, seats])),
          released: false,
        });
        for (const operation of operations) {
          model.apply(operation);
          await database.apply(operation);
        }
        const expected = model.bookings.map(
          (booking) => `p${booking.person}:${booking.status}:${booking.status === 'confirmed' ? booking.pool : '-'}`,
        );
        assert.deepEqual(await database.statuses(), expected);
        const held = await test.context.db
          .selectFrom('event_registrations')
          .select(['quota_id', 'pool'])
          .where('event_id', '=', eventId)
          .where('status', '=', 'confirmed')
          .execute();
        assert.ok(held.length <= database.capacity, 'confirmed ≤ capacity');
        for (const [index, key] of UNIT_KEYS.entries()) {
          assert.ok(
            held.filter((row) => row.pool === 'quota' && row.quota_id === quotaIdOf(key)).length <= database.seats[index]!,
            `quota ${key} ≤ its seats`,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
