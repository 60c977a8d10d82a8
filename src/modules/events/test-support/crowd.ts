import http from 'node:http';

/** A response as the crowd reads it. */
export interface CrowdResponse {
  status: number;
  text: string;
}

/**
 * Many visitors at once, each on a connection of its own. The connections
 * are opened before the rush, so the rush measures the app, not the TCP
 * accept queue of the test machine (a crowd's browsers are already
 * connected when registration opens).
 */
export class Crowd {
  private readonly agent: http.Agent;
  private cookie = '';
  token = '';

  constructor(
    private readonly baseUrl: string,
    readonly size: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: size, maxFreeSockets: size, keepAliveMsecs: 60_000 });
  }

  /** Sends one request over the crowd's connections. */
  request(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<CrowdResponse> {
    const headers: Record<string, string> = { ...options.headers, cookie: this.cookie };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    return new Promise((resolve, reject) => {
      const request = http.request(new URL(path, this.baseUrl), { method, headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const setCookie = response.headers['set-cookie'] ?? [];
          if (!this.cookie && setCookie.length > 0) this.cookie = setCookie.map((line) => line.split(';')[0]).join('; ');
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      if (options.body !== undefined) request.write(options.body);
      request.end();
    });
  }

  /** Takes a CSRF cookie and token, as a browser does from the first page, then opens every connection. */
  async connect(): Promise<void> {
    const page = await this.request('GET', '/fi/sign-in');
    this.token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    // All at once: a free connection would otherwise be reused instead of a new one opened.
    // A connect refused by a full accept queue on a busy test machine is simply tried again.
    await Promise.all(Array.from({ length: this.size }, () => this.connectOne(5)));
  }

  private async connectOne(attempts: number): Promise<void> {
    try {
      await this.request('GET', '/healthz');
    } catch (error) {
      if (attempts <= 1) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
      await this.connectOne(attempts - 1);
    }
  }

  /** Posts JSON to the API as a visitor from its own address (the app trusts the proxy's X-Forwarded-For). */
  postJson(path: string, body: unknown, visitor: number): Promise<CrowdResponse> {
    return this.request('POST', path, {
      body: JSON.stringify(body),
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'x-csrf-token': this.token,
        'x-forwarded-for': `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`,
      },
    });
  }

  /** Closes every connection. */
  close(): void {
    this.agent.destroy();
  }
}
