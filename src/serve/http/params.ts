/** Reading what a request names: ids are positive integers, form fields are bounded text. */
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

export function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-9][0-9]{0,15}$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

export function idParam(c: Context<AppEnv>, name: string): number | undefined {
  return positiveInteger(c.req.param(name));
}

/** A form's text fields (files and repeated fields left out), from a urlencoded or multipart body. */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') fields[key] = value;
  return fields;
}

/** Text a person typed: line breaks kept, other control characters dropped, trimmed. */
export function cleanText(value: string | undefined): string {
  return (value ?? '').replace(/\r\n?/gu, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, '').trim();
}
