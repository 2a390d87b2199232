/**
 * A workspace of files and a language server started in it, both gone when the test that asked for them ends
 * (the server killed, the folder removed), whether the test passed or not.
 */
import { onTestFinished } from 'vitest';
import { LspClient } from './lsp-client.js';
import { Workspace } from './workspace.js';

export async function serveWorkspace(files: Record<string, string | object>, { initializationOptions, capabilities }: { initializationOptions?: Record<string, unknown>; capabilities?: object } = {}) {
  const workspace = new Workspace(files);
  onTestFinished(() => workspace.remove());
  const { client, initialize } = await LspClient.start({ cwd: workspace.root, initializationOptions, capabilities });
  onTestFinished(() => client.kill());
  return { workspace, client, initialize };
}
