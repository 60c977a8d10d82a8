import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext, ModuleManifest } from '../module.ts';

const openDataExportSchema = z.object({
  name: z.string(),
  module: z.string(),
  summary: z.string(),
  path: z.string(),
  formats: z.array(z.string()),
  access: z.string(),
});

/** `GET /api/v1/open-data`: every module's declared open-data exports, with the path and formats of each. */
export function registerOpenDataCatalogue(app: FastifyInstance, context: AppContext, modules: ModuleManifest[]): void {
  const exports = modules.flatMap((module) =>
    (module.openData ?? []).map((item) => ({ ...item, module: module.name, formats: [...item.formats], path: `/api/v1${item.path}` })),
  );
  const names = new Set<string>();
  for (const item of exports) {
    if (!item.name.startsWith(`${item.module}.`)) throw new Error(`Open-data export ${item.name} must be named ${item.module}.<thing>`);
    if (names.has(item.name)) throw new Error(`Open-data export ${item.name} is declared twice`);
    names.add(item.name);
  }
  context.api.add(app, {
    method: 'GET',
    url: '/open-data',
    summary: 'The open-data catalogue: every export in an open format, its path, formats and who may take it',
    tag: 'platform',
    response: z.object({ items: z.array(openDataExportSchema) }),
    handler: async () => ({ items: exports }),
  });
}
