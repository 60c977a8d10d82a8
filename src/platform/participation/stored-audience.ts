import type { Audience } from './audience.ts';

/**
 * An audience's kind as the modules keep it in a column: `signed_in` with an underscore, and the
 * public under three names (events say `public`, surveys and statements `anyone`, workshops
 * `code`: anyone with the join code).
 */
export type StoredAudienceKind = 'public' | 'anyone' | 'code' | 'signed_in' | 'staff' | 'units' | 'bodies';

/** The chosen units and bodies of a stored audience: one list when a module keeps one (its kind tells which), or both. */
export type StoredAudienceIds = readonly string[] | { units: readonly string[]; bodies: readonly string[] };

/** A stored audience as the platform's one audience check (`inAudience`) and the follow digests read it. */
export function storedAudience(kind: StoredAudienceKind, ids: StoredAudienceIds): Audience {
  switch (kind) {
    case 'public':
    case 'anyone':
    case 'code':
      return { kind: 'public' };
    case 'signed_in':
      return { kind: 'signed-in' };
    case 'staff':
      return { kind: 'staff' };
    case 'units':
      return { kind: 'units', unitIds: 'units' in ids ? ids.units : ids };
    case 'bodies':
      return { kind: 'bodies', bodyIds: 'bodies' in ids ? ids.bodies : ids };
  }
}
