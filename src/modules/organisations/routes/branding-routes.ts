import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { checkAccentColor } from '../../../platform/views/contrast.ts';

/** Serves the organisation's colours as CSS custom properties (our CSP forbids inline styles). */
export function registerBrandingRoutes(app: FastifyInstance, _context: AppContext): void {
  app.get('/branding.css', async (request, reply) => {
    const accent = request.organisation.accentColor;
    const checked = accent ? checkAccentColor(accent) : null;
    const css = checked?.ok ? `:root{--color-accent:${accent};--color-accent-text:${checked.textColor};}\n` : '/* default colours */\n';
    return reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=60').send(css);
  });
}
