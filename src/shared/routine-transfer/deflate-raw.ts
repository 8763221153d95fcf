/**
 * deflate-raw through the browser's CompressionStream / DecompressionStream (no library).
 * Inflating stops as soon as the output passes a limit, so a tiny hostile link cannot expand
 * into megabytes (a "zip bomb") before anything checks it.
 */

/** Feeds `bytes` through a (de)compression stream and returns the reading end. */
function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStreamDefaultReader<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Corrupt input makes these reject too; the reader reports it, so they must not go unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return transform.readable.getReader();
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<InflateResult> {
  const chunks: Uint8Array[] = [];
  let totalBytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      totalBytes += value.length;
      if (totalBytes > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, bytes: concat(chunks, totalBytes) };
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const result = await readAll(through(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  if (!result.ok) throw new Error('compression failed');
  return result.bytes;
}

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' };

function concat(chunks: readonly Uint8Array[], totalBytes: number): Uint8Array {
  const bytes = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Inflates at most `maxBytes`; a corrupt or truncated stream is a result, not an exception. */
export function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  return readAll(through(bytes, new DecompressionStream('deflate-raw')), maxBytes);
}
