import type { FastifyInstance } from 'fastify';
import { acceptMultipart } from '../../../platform/http/multipart.ts';
import { GOALS_LIMITS } from '../schemas.ts';

/**
 * A multipart body's limit: twice the largest file the schema accepts (so a file somewhat over it is that field's
 * 422, not a bare 413), the pasted text at its longest in UTF-8, and room for the other fields.
 */
const MULTIPART_LIMIT = 2 * GOALS_LIMITS.csvFileBytes + 4 * GOALS_LIMITS.csvMax + 64 * 1024;

/** Multipart bodies for this module's routes (the figures' CSV form posts a file), in the module's own scope only (read as the staff import reads them). */
export function registerMultipart(app: FastifyInstance): void {
  acceptMultipart(app, MULTIPART_LIMIT);
}
