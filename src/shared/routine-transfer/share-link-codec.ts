/**
 * Share links: one routine in the URL fragment, so it never reaches a server.
 *
 *   ${origin}/shared#r=<base64url of deflate-raw JSON of a one-routine routines document>
 *
 * Decoding treats the link as hostile: its length is capped, inflating stops at 64 kB, the text
 * must be UTF-8 JSON, and the document goes through the same validator as an import file.
 */
import type { Routine } from '../../catalog/schema';
import { translate } from '../i18n/i18n';
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

const damaged = () => translate('manage.link.damaged');

function payloadOf(fragment: string): string | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}

async function documentFrom(payload: string): Promise<{ ok: true; document: unknown } | { ok: false; message: string }> {
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, message: translate('manage.link.tooLong') };
  const bytes = base64UrlToBytes(payload);
  if (!bytes || bytes.length === 0) return { ok: false, message: damaged() };
  const inflated = await inflateRaw(bytes, MAX_SHARE_DECOMPRESSED_BYTES);
  if (!inflated.ok) {
    return { ok: false, message: inflated.reason === 'too-large' ? translate('manage.link.tooLarge') : damaged() };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    return { ok: true, document: JSON.parse(text) };
  } catch {
    return { ok: false, message: damaged() };
  }
}

/** Reads the routine from a location hash ("#r=…"); never throws. */
export async function decodeShareFragment(fragment: string, context: TransferContext): Promise<SharedRoutineResult> {
  try {
    const payload = payloadOf(fragment);
    if (payload === null || payload === '') return { ok: false, message: translate('manage.link.noRoutine') };
    const decoded = await documentFrom(payload);
    if (!decoded.ok) return decoded;
    // A link holds one routine: its problems need no "routine 1" ("item 3: …" rather than "routine 1, item 3: …").
    const result = validateRoutinesDocument(decoded.document, context, { singleRoutine: true });
    if (!result.ok) return { ok: false, message: translate('manage.link.unusable', { reason: result.message }) };
    const [routine, ...others] = result.routines;
    if (!routine || others.length > 0) return { ok: false, message: translate('manage.link.notOneRoutine') };
    return { ok: true, routine };
  } catch {
    // Last guard at an untrusted edge: whatever went wrong, the page shows a message.
    return { ok: false, message: damaged() };
  }
}
