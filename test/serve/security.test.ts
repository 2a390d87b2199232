import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/http/security.js';
import { planText, unitPlan } from './fixtures.js';
import { counts, HOST, openHarness, type Harness } from './harness.js';

let harness: Harness;
afterEach(() => harness?.close());

describe('with --auth', () => {
  const PASSWORD = 'correct horse battery';

  it('sends a browser to the login page and an API client a 401, and changes nothing without signing in', async () => {
    harness = await openHarness({ password: PASSWORD });
    const client = harness.client();
    const home = await client.request('/');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/login?next=%2F');
    expect((await client.request('/rounds/1/progress', { json: true })).status).toBe(401);
    const login = await client.page('/login');
    expect(login.status).toBe(200);
    expect(login.html).toContain('name="password"');
    // A valid CSRF token is not a session.
    expect((await client.postForm('/rounds', { name: '轮次', asOfMode: 'report', config: 'rectlint:strict' })).status).toBe(401);
    expect((await client.upload(1, [{ name: 'a.json', content: '{}' }])).status).toBe(401);
    expect(counts(harness)).toMatchObject({ rounds: 0, submissions: 0, sessions: 0 });
  });

  it('refuses a wrong password, signs in with the right one under a new session token, and signs out', async () => {
    harness = await openHarness({ password: PASSWORD });
    const client = harness.client();
    await client.page('/login');
    const before = client.cookie;
    const wrong = await client.postForm('/login', { password: 'wrong', next: '/' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('口令不正确');
    expect((await client.postForm('/login', { password: PASSWORD, next: '/' }, { csrf: false })).status).toBe(403);
    const right = await client.postForm('/login', { password: PASSWORD, next: '/rounds/1?x=1' });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/rounds/1?x=1');
    expect(client.cookie).not.toBe(before);
    expect((await client.page('/')).status).toBe(200);
    expect(await client.createRound('轮次')).toBe(1);
    expect((await client.postForm('/logout', {})).status).toBe(303);
    expect((await client.request('/')).status).toBe(303);
    expect(counts(harness).sessions).toBe(0);
  });

  it('keeps a session across a restart of the server', async () => {
    harness = await openHarness({ password: PASSWORD });
    const client = harness.client();
    await client.page('/login');
    await client.postForm('/login', { password: PASSWORD, next: '/' });
    const { dataDir } = harness;
    harness.close();
    harness = await openHarness({ password: PASSWORD, dataDir });
    const again = harness.client();
    again.cookie = client.cookie;
    expect((await again.page('/')).status).toBe(200);
  });

  it('stops answering a client after five wrong passwords in a minute', async () => {
    harness = await openHarness({ password: PASSWORD });
    const client = harness.client();
    await client.page('/login');
    for (let i = 0; i < 5; i++) expect((await client.postForm('/login', { password: `guess${i}` })).status).toBe(401);
    const blocked = await client.postForm('/login', { password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(counts(harness).sessions).toBe(0);
  });

  it('never sends a signed-in browser elsewhere after login', async () => {
    harness = await openHarness({ password: PASSWORD });
    const client = harness.client();
    await client.page('/login');
    const response = await client.postForm('/login', { password: PASSWORD, next: '//evil.example/' });
    expect(response.headers.get('location')).toBe('/');
  });
});

describe('every answer', () => {
  it('carries a Content-Security-Policy that admits only the workbench\'s own script and styles', async () => {
    harness = await openHarness();
    const client = harness.client();
    for (const path of ['/', '/nowhere', '/assets/app.js']) {
      const response = await client.request(path);
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    const page = (await client.page('/')).html;
    expect(page).not.toMatch(/<script>|<style>| style="| on\w+="/);
  });

  it('answers only a local Host when it listens locally (a page rebinding its name to 127.0.0.1 gets nothing)', async () => {
    harness = await openHarness();
    const client = harness.client();
    expect((await client.request('/', { headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await client.request('/', { headers: { host: HOST } })).status).toBe(200);
  });

  it('serves assets from memory: no request path reaches the file system', async () => {
    harness = await openHarness();
    const client = harness.client();
    const script = await client.request('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await client.request('/assets/app.js', { headers: { 'if-none-match': script.headers.get('etag')! } })).status).toBe(304);
    for (const path of ['/assets/../package.json', '/assets/%2e%2e/package.json', '/assets/app.js/../../package.json', '/files/' + 'a'.repeat(64) + '.json', '/rounds/1/files/..%2f..%2fpackage.json', '/rectlint.db', '/serve.lock']) {
      const response = await client.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('"name": "rectlint"');
    }
  });

  it('a stored file is never served by its hash, only shown through a unit or file page by id', async () => {
    harness = await openHarness();
    const client = harness.client();
    const round = await client.createRound('轮次');
    await client.upload(round, [{ name: 'a.json', content: planText(unitPlan('甲局')) }]);
    await harness.idle();
    const stored = harness.context.store.submissions.get(1)!;
    for (const path of [`/files/${stored.hash.slice(0, 2)}/${stored.hash}.json`, `/rounds/${round}/files/${stored.hash}`]) expect((await client.request(path)).status, path).toBe(404);
  });

  it('a malformed multipart body is a clear 400, not a crash', async () => {
    harness = await openHarness();
    const client = harness.client();
    const round = await client.createRound('轮次');
    const response = await client.request(`/rounds/${round}/files`, {
      method: 'POST',
      json: true,
      body: '--x\r\nContent-Disposition: form-data; name="files"; filename="a.json"\r\n\r\n{}',
      headers: { 'x-csrf-token': client.csrf, 'content-type': 'multipart/form-data; boundary=y' },
    });
    expect(response.status).toBe(400);
    expect(counts(harness).submissions).toBe(0);
  });
});
