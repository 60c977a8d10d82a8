import { z } from 'zod';
import { ROLES } from '../../../platform/authz/authz.ts';
import { SCOPE_TYPES } from '../schemas.ts';

/** A role grant in API answers; organisation-wide grants have a null scope id. */
export const grantResponseSchema = z.object({ role: z.enum(ROLES), scopeType: z.enum(SCOPE_TYPES), scopeId: z.string().nullable() });
