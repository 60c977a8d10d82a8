import http from 'node:http';

/** A response with its body read once, as text (and JSON when it parses). */
export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = unknown>(): T;
  location: string | null;
}

/**
 * A browser-like HTTP client over real sockets: keeps cookies, never follows
 * redirects on its own, and finds CSRF tokens in pages the way a form would.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
    /** The local address to connect from (another loopback address is another client address). */
    private readonly localAddress?: string,
  ) {}

  /**
   * Sends a request with the client's cookies and stores the cookies it gets back.
   * Uses node:http rather than fetch so a test can set the Host header (organisations are chosen by host).
   */
  async request(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<TestResponse> {
    const headers: Record<string, string> = { ...this.defaultHeaders, ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const url = new URL(path, this.baseUrl);
    const { status, rawHeaders, text } = await new Promise<{ status: number; rawHeaders: http.IncomingHttpHeaders; text: string }>(
      (resolve, reject) => {
        const request = http.request(url, { method, headers, localAddress: this.localAddress }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, rawHeaders: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        });
        request.on('error', reject);
        if (options.body !== undefined) request.write(options.body);
        request.end();
      },
    );
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(rawHeaders)) {
      for (const item of [value ?? []].flat()) responseHeaders.append(name, String(item));
    }
    for (const line of responseHeaders.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line);
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return {
      status,
      headers: responseHeaders,
      text,
      json: <T>() => JSON.parse(text) as T,
      location: responseHeaders.get('location'),
    };
  }

  /** GET a path. */
  get(path: string, headers?: Record<string, string>): Promise<TestResponse> {
    return this.request('GET', path, { headers });
  }

  /** A CSRF token for this client's cookie, read from a page's form like a browser would. */
  async csrfToken(): Promise<string> {
    if (this.csrf) return this.csrf;
    const page = await this.get('/fi/sign-in');
    const match = /name="_csrf" value="([^"]+)"/.exec(page.text);
    if (!match?.[1]) throw new Error(`no CSRF token on /fi/sign-in (${page.status}: ${page.text.slice(0, 200)})`);
    this.csrf = match[1];
    return this.csrf;
  }

  /** Posts a form (urlencoded) with a valid CSRF token unless `_csrf` is given. */
  async postForm(path: string, fields: Record<string, string | string[]>): Promise<TestResponse> {
    const body = new URLSearchParams();
    if (!('_csrf' in fields)) body.append('_csrf', await this.csrfToken());
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
    return this.request('POST', path, { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /** Calls the JSON API with the session cookie and CSRF header (or a bearer token when given). */
  async api(method: string, path: string, body?: unknown, options: { token?: string } = {}): Promise<TestResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    else if (method !== 'GET') headers['x-csrf-token'] = await this.csrfToken();
    return this.request(method, path, { body: body === undefined ? undefined : JSON.stringify(body), headers });
  }

  /** Signs in through the real form; throws when it does not redirect. */
  async signIn(email: string, password: string): Promise<void> {
    const response = await this.postForm('/fi/sign-in', { email, password });
    if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}`);
    this.csrf = null;
  }

  /** Forgets the cached CSRF token (after the CSRF cookie changed). */
  resetCsrf(): void {
    this.csrf = null;
  }
}
