// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogTransferContext } from '../../../src/shared/routine-transfer/catalog-transfer-context';
import { readRoutinesFile } from '../../../src/shared/routine-transfer/parse-routines-file';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/routine-transfer/transfer-limits';
import { documentOf, sampleRoutine } from './transfer-fixtures';

const read = (text: string) => readRoutinesFile(new Blob([text]), catalogTransferContext);

describe('reading a routines file', () => {
  it('reads an exported file back into its routines', async () => {
    const routine = sampleRoutine();
    expect(await read(JSON.stringify(documentOf([routine]), null, 2))).toEqual({ ok: true, routines: [routine] });
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const padded = JSON.stringify(documentOf([sampleRoutine()])) + ' '.repeat(MAX_IMPORT_FILE_BYTES);
    expect(await read(padded)).toEqual({ ok: false, message: expect.stringMatching(/too large \(1\.0 MB\).*at most 1\.0 MB/) });
  });

  it('accepts a file of exactly 1 MB', async () => {
    const json = JSON.stringify(documentOf([sampleRoutine()]));
    expect((await read(json + ' '.repeat(MAX_IMPORT_FILE_BYTES - json.length))).ok).toBe(true);
  });

  it('says a file that is not JSON is not valid JSON', async () => {
    expect(await read('<html>hello</html>')).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) });
  });

  it('says an empty file is empty', async () => {
    expect(await read('')).toEqual({ ok: false, message: 'This file is empty.' });
  });
});
