import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';

/** Scaffolding: replaced by the module's real routes in this session. */
export function registerNewsPublicRoutes(_app: FastifyInstance, _context: AppContext): void {}
