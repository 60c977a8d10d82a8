import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test provider knows: their claims (`sub` is the key they sign in with). */
export type TestAccountClaims = Record<string, unknown>;

/** A real OpenID provider (`oidc-provider`) on 127.0.0.1 and a random port, with one client registered, for tests and journeys. */
export interface TestOpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people it signs in, by the name typed on its sign-in page; change them between sign-ins. */
  accounts: Map<string, TestAccountClaims>;
  /** Stops answering (a provider down); `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The provider's own pages, plain and accessible (the journeys check every page they visit with axe). */
function pageOf(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

async function formFields(request: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The login and consent steps: a form for the user name (any password; "second factor used" adds `mfa` to `amr`), then one to allow. */
async function interact(provider: Provider, request: http.IncomingMessage, response: http.ServerResponse) {
  const details = await provider.interactionDetails(request, response);
  const uid = details.uid;
  if (request.method === 'GET') {
    const html =
      details.prompt.name === 'login'
        ? pageOf(
            'Test provider: sign in',
            `<form method="post" action="/interaction/${uid}/login"><p><label for="login">User name</label><br><input id="login" name="login" autocomplete="username"></p><p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password"></p><p><input id="mfa" name="mfa" type="checkbox" value="yes"> <label for="mfa">Second factor used</label></p><p><button type="submit">Sign in</button></p></form>`,
          )
        : pageOf(
            'Test provider: allow Tarina',
            `<p>Tarina asks for your name, e-mail and groups.</p><form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>`,
          );
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
    return;
  }
  const fields = await formFields(request);
  if (details.prompt.name === 'login') {
    const accountId = fields.get('login') ?? '';
    const amr = fields.get('mfa') === 'yes' ? ['pwd', 'mfa'] : ['pwd'];
    await provider.interactionFinished(request, response, { login: { accountId, amr } }, { mergeWithLastSubmission: false });
    return;
  }
  const { accountId } = details.session ?? {};
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  if (!grant) throw new Error('no grant');
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/**
 * Starts a real OpenID provider for a test: the authorization code flow with PKCE required, its
 * own sign-in and consent pages, a userinfo endpoint with `email`, `name`, `groups`, `department`
 * and `team`. `redirectUris` are the app's callback addresses it accepts.
 */
export async function startTestOpenIdProvider(options: { redirectUris: string[]; clientId?: string }): Promise<TestOpenIdProvider> {
  let handler: http.RequestListener = (_request, response) => response.end();
  const server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? 'tarina';
  const clientSecret = `secret-of-${clientId}-${port}`;
  const accounts = new Map<string, TestAccountClaims>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' } as never] },
    cookies: { keys: [`cookie-key-${port}`] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups', 'department', 'team'] },
    findAccount: (_context, id) => {
      const claims = accounts.get(id);
      if (!claims) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...claims }) };
    },
  });
  const callback = provider.callback();
  handler = (request, response) => {
    // A browser asks for the icon of every site it visits; an empty answer keeps the journeys' 404 watch quiet.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    if (!request.url?.startsWith('/interaction/')) return callback(request, response);
    interact(provider, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  };
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    stop,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: stop,
  };
}
