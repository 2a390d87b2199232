/** A browser's part over real HTTP: the session cookie and the page's CSRF token, for tests and the bench. */
export class HttpClient {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const response = await fetch(new URL(path, this.base), { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      if (pair.startsWith('rectlint_session=')) this.cookie = pair;
    }
    return response;
  }

  /** Opens the start page for a session and its CSRF token. */
  async begin(): Promise<this> {
    const html = await (await this.request('/')).text();
    this.csrf = /<meta name="csrf-token" content="([^"]*)">/.exec(html)![1];
    return this;
  }

  async createRound(name: string, asOf = '2023-11-30', config = 'rectlint:strict'): Promise<number> {
    const body = new URLSearchParams({ _csrf: this.csrf, name, asOfMode: 'date', asOf, config });
    const response = await this.request('/rounds', { method: 'POST', body });
    return Number(/\/rounds\/(\d+)$/.exec(response.headers.get('location') ?? '')![1]);
  }

  upload(round: number, files: readonly { name: string; content: string | Uint8Array }[]): Promise<Response> {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([typeof file.content === 'string' ? file.content : Buffer.from(file.content)]), file.name);
    return this.request(`/rounds/${round}/files`, { method: 'POST', body: form, headers: { 'x-csrf-token': this.csrf, accept: 'application/json' } });
  }

  async progress(round: number): Promise<{ total: number; pending: number; failed: number; unreadable: number; comparing: boolean }> {
    return (await (await this.request(`/rounds/${round}/progress`, { headers: { accept: 'application/json' } })).json()) as { total: number; pending: number; failed: number; unreadable: number; comparing: boolean };
  }

  /** Resolves when the round has `total` files, none waits for its check, and the units have been compared. */
  async settled(round: number, total: number, timeoutMs = 120_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const progress = await this.progress(round);
      if (progress.total >= total && progress.pending === 0 && !progress.comparing) return;
      if (Date.now() > end) throw new Error(`not settled: ${JSON.stringify(progress)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
