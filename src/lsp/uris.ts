import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file a document URI names, or undefined for other schemes (untitled:, vscode-notebook-cell:, …). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
