/**
 * Share links: one routine in the URL fragment, so it never reaches a server.
 *
 *   ${origin}/shared#r=<base64url of deflate-raw JSON of a one-routine routines document>
 *
 * Decoding treats the link as hostile: its length is capped, inflating stops at 64 kB, the text
 * must be UTF-8 JSON, and the document goes through the same validator as an import file.
 */
import type { Routine } from '../../catalog/schema';
import { paths } from '../paths';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate-raw';
import { createRoutinesDocument } from './routines-document';
import type { TransferContext } from './transfer-context';
import { MAX_SHARE_DECOMPRESSED_BYTES, MAX_SHARE_FRAGMENT_CHARS } from './transfer-limits';
import { validateRoutinesDocument } from './validate-routines-document';

export const SHARE_PARAM = 'r';

export type SharedRoutineResult = { readonly ok: true; readonly routine: Routine } | { readonly ok: false; readonly message: string };

/** The full link for a routine, e.g. https://example.org/shared#r=… */
export async function createShareLink(routine: Routine, origin: string): Promise<string> {
  const json = JSON.stringify(createRoutinesDocument([routine]));
  const compressed = await deflateRaw(new TextEncoder().encode(json));
  return `${origin}${paths.shared()}#${SHARE_PARAM}=${bytesToBase64Url(compressed)}`;
}

const damaged = 'This link is damaged or incomplete: part of it may have been lost when it was copied. Ask for the link again.';

/** "routine 1, item 3: …" reads "item 3: …" when there is only ever one routine. */
const withoutRoutineNumber = (message: string) => message.replace(/^routine 1, /, '').replace(/^routine 1: /, '');

function payloadOf(fragment: string): string | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}

async function documentFrom(payload: string): Promise<{ ok: true; document: unknown } | { ok: false; message: string }> {
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, message: 'This link is too long to be an Upright routine.' };
  const bytes = base64UrlToBytes(payload);
  if (!bytes || bytes.length === 0) return { ok: false, message: damaged };
  const inflated = await inflateRaw(bytes, MAX_SHARE_DECOMPRESSED_BYTES);
  if (!inflated.ok) {
    return { ok: false, message: inflated.reason === 'too-large' ? 'This link holds far more than one routine can, so it was not opened.' : damaged };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    return { ok: true, document: JSON.parse(text) };
  } catch {
    return { ok: false, message: damaged };
  }
}

/** Reads the routine from a location hash ("#r=…"); never throws. */
export async function decodeShareFragment(fragment: string, context: TransferContext): Promise<SharedRoutineResult> {
  try {
    const payload = payloadOf(fragment);
    if (payload === null || payload === '') return { ok: false, message: 'This link does not contain a routine. It may have been cut short.' };
    const decoded = await documentFrom(payload);
    if (!decoded.ok) return decoded;
    const result = validateRoutinesDocument(decoded.document, context);
    if (!result.ok) return { ok: false, message: `This link's routine cannot be used: ${withoutRoutineNumber(result.message)}` };
    const [routine, ...others] = result.routines;
    if (!routine || others.length > 0) return { ok: false, message: 'A share link carries exactly one routine; this one does not.' };
    return { ok: true, routine };
  } catch {
    // Last guard at an untrusted edge: whatever went wrong, the page shows a message.
    return { ok: false, message: damaged };
  }
}
