import type { Actor } from '../authz/authz.ts';
import type { Db } from '../db/database.ts';

/**
 * Who may take part in a channel (a survey, a workshop, a statements channel …):
 * anyone, anyone signed in, staff (signed-in users holding any role), staff of
 * the given units and of every unit beneath them, or members of the given bodies.
 */
export type Audience =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'staff' }
  | { kind: 'units'; unitIds: readonly string[] }
  | { kind: 'bodies'; bodyIds: readonly string[] };

/**
 * What the audience check asks of the modules that own the data. The platform
 * reads no module's tables: accounts knows a user's unit, organisations the
 * unit tree, processes the members of bodies. `app.ts` gathers their look-ups.
 */
export interface AudienceLookups {
  /** The unit the user works in, or null (accounts). */
  unitOfUser(db: Db, organisationId: string, userId: string): Promise<string | null>;
  /** The unit and every unit above it, the unit first (organisations). */
  unitWithAncestors(db: Db, organisationId: string, unitId: string): Promise<string[]>;
  /** Whether the user is a member of one of the bodies (processes). */
  isMemberOfBodies(db: Db, organisationId: string, userId: string, bodyIds: readonly string[]): Promise<boolean>;
}

/** What the check needs of the app's context. */
export interface AudienceContext {
  db: Db;
  audienceLookups: AudienceLookups;
}

/** Staff are signed-in users who hold any role. */
export function isStaff(actor: Actor): boolean {
  return actor.userId !== null && actor.grants.length > 0;
}

/** Whether the actor belongs to the audience. Only `units` and `bodies` ask the database. */
export async function inAudience(context: AudienceContext, actor: Actor, audience: Audience): Promise<boolean> {
  switch (audience.kind) {
    case 'public':
      return true;
    case 'signed-in':
      return actor.userId !== null;
    case 'staff':
      return isStaff(actor);
    case 'units': {
      if (!actor.userId || audience.unitIds.length === 0) return false;
      const unitId = await context.audienceLookups.unitOfUser(context.db, actor.organisationId, actor.userId);
      if (!unitId) return false;
      const units = await context.audienceLookups.unitWithAncestors(context.db, actor.organisationId, unitId);
      return units.some((id) => audience.unitIds.includes(id));
    }
    case 'bodies':
      if (!actor.userId || audience.bodyIds.length === 0) return false;
      return context.audienceLookups.isMemberOfBodies(context.db, actor.organisationId, actor.userId, audience.bodyIds);
  }
}
