/** The roles of an organisation; what each may do is declared by the modules' permission rules. */
export const ROLES = ['org_admin', 'process_manager', 'facilitator', 'analyst', 'moderator', 'unit_manager', 'member'] as const;

/** One of the declared roles. */
export type Role = (typeof ROLES)[number];

/** A role held in an organisation, optionally only for one process or unit. */
export interface RoleGrant {
  role: Role;
  scopeType: 'organisation' | 'process' | 'unit';
  scopeId: string | null;
}

/** Who is asking: a signed-in user with their grants, or an anonymous visitor. */
export interface Actor {
  organisationId: string;
  userId: string | null;
  grants: readonly RoleGrant[];
}

/** Answers whether the actor holds a role organisation-wide or for the given scope. */
export function hasRole(actor: Actor, role: Role, scope?: { processId?: string; unitId?: string }): boolean {
  return actor.grants.some(
    (grant) =>
      grant.role === role &&
      (grant.scopeType === 'organisation' ||
        (grant.scopeType === 'process' && grant.scopeId === scope?.processId) ||
        (grant.scopeType === 'unit' && grant.scopeId === scope?.unitId)),
  );
}

/**
 * Answers whether the actor holds a role organisation-wide or for a unit on the
 * path from the organisation's root down to a unit (`unitPath`: the unit and its
 * ancestors, in any order). A grant for a unit covers the unit and everything
 * beneath it: a unit manager of a unit manages its work communities, and one
 * scoped to a work community (its lead) manages that community only.
 */
export function hasRoleInUnit(actor: Actor, role: Role, unitPath: readonly string[]): boolean {
  return actor.grants.some(
    (grant) =>
      grant.role === role && (grant.scopeType === 'organisation' || (grant.scopeType === 'unit' && unitPath.includes(grant.scopeId ?? ''))),
  );
}

/** Organisation admins may do everything an organisation-wide role may. */
export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'org_admin');
}

/** A rule answers whether an actor may do an action on a subject; a missing rule denies. */
// biome-ignore lint/suspicious/noExplicitAny: rules are typed at their declaration
export type PermissionRule<Subject = any> = (actor: Actor, subject: Subject) => boolean;

/** A module's declared permissions, keyed `module.resource.action`. */
export type PermissionRules = Record<string, PermissionRule>;

/** Declares a module's permissions, keeping each rule's subject type. */
export function definePermissions<Rules extends PermissionRules>(rules: Rules): Rules {
  return rules;
}

/** The merged rules of all modules; deny by default. */
export class Authorizer {
  private readonly rules = new Map<string, PermissionRule>();

  constructor(ruleSets: PermissionRules[]) {
    for (const set of ruleSets) {
      for (const [action, rule] of Object.entries(set)) {
        if (this.rules.has(action)) throw new Error(`Permission ${action} is declared twice`);
        this.rules.set(action, rule);
      }
    }
  }

  /** True when a declared rule allows it; an undeclared action is always denied. */
  can(actor: Actor, action: string, subject?: unknown): boolean {
    const rule = this.rules.get(action);
    if (!rule) return false;
    try {
      return rule(actor, subject) === true;
    } catch {
      return false;
    }
  }

  /** Whether an action is declared (tests use it to check that tables cover every rule). */
  has(action: string): boolean {
    return this.rules.has(action);
  }

  /** Every declared action. */
  actions(): string[] {
    return [...this.rules.keys()].sort();
  }
}
