import { parse } from 'node-html-parser';
import { TestClient, type TestResponse } from '../../../platform/testing/test-client.ts';
import type { TestOpenIdProvider } from './openid-provider.ts';

/** How a person answers the test provider's pages. */
export interface ProviderAnswers {
  login: string;
  /** Ticks "second factor used" (the ID token's `amr` then says `mfa`). */
  mfa?: boolean;
}

const pathOf = (url: URL) => `${url.pathname}${url.search}`;

/**
 * Follows a browser through the provider from its authorization address: its sign-in page (the
 * form posted as a browser posts it), its consent page, until it sends the browser back to the
 * app. Answers the app's callback address (not yet opened), so a test may open it, keep it or
 * open it elsewhere.
 */
export async function throughProvider(provider: TestOpenIdProvider, authorizationUrl: string, answers: ProviderAnswers): Promise<URL> {
  const browser = new TestClient(provider.issuer);
  let next = new URL(authorizationUrl, provider.issuer);
  for (let step = 0; step < 12 && next.origin === provider.issuer; step += 1) {
    let response: TestResponse = await browser.get(pathOf(next));
    if (response.status === 200) {
      const form = parse(response.text).querySelector('form[method=post]');
      if (!form) throw new Error(`the provider's page has no form: ${response.text.slice(0, 300)}`);
      const fields = new URLSearchParams(
        form.querySelector('#login') ? { login: answers.login, password: 'any', ...(answers.mfa ? { mfa: 'yes' } : {}) } : {},
      );
      response = await browser.request('POST', form.getAttribute('action') ?? '', {
        body: fields.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    }
    if (!response.location) throw new Error(`the provider answered ${response.status} without a redirect: ${response.text.slice(0, 300)}`);
    next = new URL(response.location, next);
  }
  return next;
}

/** Starts a sign-in at the app's provider button and follows it to the provider and back; answers the app's callback response. */
export async function signInAtProvider(
  client: TestClient,
  provider: TestOpenIdProvider,
  start: string,
  answers: ProviderAnswers,
): Promise<TestResponse> {
  const started = await client.get(start);
  if (started.status !== 303 || !started.location) throw new Error(`the start answered ${started.status}: ${started.text.slice(0, 300)}`);
  const callback = await throughProvider(provider, started.location, answers);
  return client.get(pathOf(callback));
}
