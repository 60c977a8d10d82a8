import * as oidc from 'openid-client';
import type { Db } from '../../../platform/db/database.ts';
import type { AccountIdentityProvidersTable } from '../tables.ts';
import { decryptClientSecret } from './client-secret.ts';
import { isLoopbackIssuer } from './schemas.ts';

/** How long one call to a provider may take before it counts as down. */
const TIMEOUT_SECONDS = 10;

/** The provider could not be reached (down, a wrong address, a timeout): told to the person as such, never as a 500. */
export class ProviderUnreachable extends Error {}
/** The provider answered, but not with a sign-in this app can accept (a bad code, a wrong nonce, a refused client). */
export class ProviderRefused extends Error {}

function isNetworkError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth += 1) {
    const { name, code, message } = cause as { name?: string; code?: string; message?: string };
    if (name === 'AbortError' || name === 'TimeoutError' || message === 'fetch failed') return true;
    if (code && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|UND_ERR)/.test(code)) return true;
  }
  return false;
}

/** Runs a call to the provider, turning its failures into the two kinds above. */
async function withProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isNetworkError(error)) throw new ProviderUnreachable('the identity provider could not be reached', { cause: error });
    throw new ProviderRefused('the identity provider’s answer was not accepted', { cause: error });
  }
}

/**
 * The provider's configuration by OpenID discovery (its endpoints and keys), read afresh at each
 * leg of a sign-in: one GET, so a provider that is down is told before the person is sent there,
 * and a changed key or endpoint counts at once. Plain HTTP is allowed only for a provider on this machine.
 */
export function configurationOf(db: Db, row: AccountIdentityProvidersTable, now: Date): Promise<oidc.Configuration> {
  return withProvider(async () => {
    const secret = await decryptClientSecret(db, row.id, row.client_secret_encrypted, now);
    const issuer = new URL(row.issuer_url);
    const options = { timeout: TIMEOUT_SECONDS, ...(isLoopbackIssuer(issuer) ? { execute: [oidc.allowInsecureRequests] } : {}) };
    return oidc.discovery(issuer, row.client_id, secret, undefined, options);
  });
}

/** What the browser is sent to the provider with, and what must come back. */
export interface AuthorizationRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
  url: URL;
}

/** The provider's authorization address for the code flow with PKCE (S256), a fresh state and a fresh nonce. */
export async function authorizationRequest(
  configuration: oidc.Configuration,
  input: { redirectUri: string; scopes: string },
): Promise<AuthorizationRequest> {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: input.redirectUri,
    scope: input.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { state, nonce, codeVerifier, url };
}

/**
 * Trades the callback's code for tokens (checking the state, the PKCE verifier, the ID token's
 * signature, issuer, audience and nonce) and answers the person's claims: the ID token's, with the
 * userinfo endpoint's added where the provider has one (the ID token's own win).
 */
export async function claimsOfCallback(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  return withProvider(async () => {
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('no ID token');
    const userinfo = configuration.serverMetadata().userinfo_endpoint
      ? await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
      : {};
    return { ...userinfo, ...idToken };
  });
}
