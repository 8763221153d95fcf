/**
 * Limits on what an import file or a share link may hold. Both are untrusted input: the limits
 * keep a hostile or broken document from freezing the page or filling storage. The schema
 * (src/catalog/schema.ts) already caps names at 100 characters, items at 100 per routine and any
 * step at one hour; these add the limits on the containers.
 */
import { MAX_ROUTINE_ITEMS, MAX_STEP_SECONDS } from '../../catalog/schema';

/** An import file larger than this is refused before it is read (1 MB). */
export const MAX_IMPORT_FILE_BYTES = 1024 * 1024;

/** A file holds at most this many routines. */
export const MAX_ROUTINES_PER_FILE = 500;

/** A share link's compressed payload may be at most this long, in characters of its fragment. */
export const MAX_SHARE_FRAGMENT_CHARS = 32 * 1024;

/** Decompression stops here (64 kB), so a small link cannot expand into a huge document. */
export const MAX_SHARE_DECOMPRESSED_BYTES = 64 * 1024;

/** Names are at most this long after normalization; one owner, the user-text module. */
export { MAX_NAME_CHARS } from '../text/user-text';

export { MAX_ROUTINE_ITEMS, MAX_STEP_SECONDS };
