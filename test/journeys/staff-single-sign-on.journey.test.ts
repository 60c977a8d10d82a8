import assert from 'node:assert/strict';
import { createIdentityProvider } from '../../src/modules/accounts/commands/save-identity-provider.ts';
import { identityProviderSchema } from '../../src/modules/accounts/single-sign-on/schemas.ts';
import { startTestOpenIdProvider } from '../../src/modules/accounts/test-support/openid-provider.ts';
import type { Actor } from '../../src/platform/authz/authz.ts';
import { journey, PHONE } from './support/journey.ts';

/**
 * A staff member of the central administration opens her unit's management workshop on her phone,
 * is asked to sign in, chooses the city's staff sign-in (a real OpenID provider started here),
 * signs in and allows Tarina at the provider, and lands back in the workshop: she was made from
 * the provider's claims, placed in her work community (which the workshop's audience covers).
 * Every page, the provider's included, is checked with axe.
 */
journey(
  'a staff member signs in through the city’s OpenID provider and lands in her unit’s workshop',
  async (journey) => {
    const { page, app } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');
    const provider = await startTestOpenIdProvider({ redirectUris: [`${app.baseUrl}/sign-in/provider/callback`] });
    try {
      const organisationId = app.demo.organisationId ?? '';
      const admin: Actor = {
        organisationId,
        userId: app.demo.adminUserId ?? null,
        grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
      };
      const input = identityProviderSchema.parse({
        name: { fi: 'Rauman työtili', sv: 'Raumo arbetskonto', en: 'Rauma staff account' },
        issuerUrl: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        scopes: 'openid email profile groups',
        enabled: true,
        trustMfa: false,
        allowedDomains: 'rauma.example',
        claims: { email: 'email', name: 'name', roles: '', unit: 'department', workCommunity: 'team' },
        unitMap: '4000 = Konsernipalvelut',
        workCommunityMap: 'hr = Hallinto- ja henkilöstöpalvelut',
      });
      await createIdentityProvider(app.context.db, admin, input, new Date());
      provider.accounts.set('sanna', {
        email: 'sanna.salo@rauma.example',
        email_verified: true,
        name: 'Sanna Salo',
        department: '4000',
        team: 'hr',
      });
      const workshopId = (app.demo.unitWorkshopIds as Record<string, string>)['central-administration'] ?? '';
      const workshop = await app.context.db.selectFrom('workshops').select('title').where('id', '=', workshopId).executeTakeFirstOrThrow();
      const title = (JSON.parse(workshop.title) as { fi: string }).fi;

      await journey.open(`/fi/workshops/${workshopId}/join`);
      assert.match(page.url(), /\/fi\/sign-in\?next=/, 'a visitor is asked to sign in first');
      await journey.follow(() => main.getByRole('link', { name: fi('accounts.sso.signInWith', { provider: 'Rauman työtili' }) }).click());
      assert.ok(page.url().startsWith(provider.issuer), 'the browser is at the provider');
      await main.getByLabel('User name').fill('sanna');
      await main.getByLabel('Password', { exact: true }).fill('salasana');
      await journey.follow(() => main.getByRole('button', { name: 'Sign in' }).click());
      await journey.follow(() => main.getByRole('button', { name: 'Allow' }).click());

      await main.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.ok(page.url().startsWith(app.baseUrl), 'back in Tarina');
      const person = await app.context.db
        .selectFrom('users')
        .select(['display_name', 'unit_id'])
        .where('email', '=', 'sanna.salo@rauma.example')
        .executeTakeFirstOrThrow();
      assert.equal(person.display_name, 'Sanna Salo');
      assert.equal(person.unit_id, (app.demo.unitIds as Record<string, string>)['administration-and-hr'], 'placed in her work community');
    } finally {
      await provider.close();
    }
  },
  { viewport: PHONE },
);
