// @vitest-environment node
/**
 * The layer order (engine and catalog → shared → platform → stores → features → app) is held by
 * `import-x/no-restricted-paths` and `import-x/no-cycle` in eslint.config.js. Each test lints a
 * snippet as if it were a file at a path in one layer, importing real modules of another layer.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

/** A file at `filePath` that imports `source` and uses it, so nothing else complains. */
const importing = (filePath: string, source: string) => lintAs(filePath, `import * as m from '${source}';\nexport const x = m;\n`);

const restricted = (why: RegExp) => expect.arrayContaining([expect.stringMatching(new RegExp(`^import-x/no-restricted-paths: .*${why.source}`))]);

// Each case runs ESLint with the import plugin's resolver: seconds each on a busy machine.
describe('the layer boundaries', { timeout: 30_000 }, () => {
  it('stops a feature from importing another feature', async () => {
    expect(await importing('src/features/home/bad.ts', '../library/exercise-filter')).toEqual(restricted(/never imports another feature/));
    expect(await importing('src/features/player/bad.tsx', '../builder/check-draft')).toEqual(restricted(/never imports another feature/));
  });

  it('lets a feature import its own files and the layers below it', async () => {
    expect(await importing('src/features/home/fine.ts', './routine-filter')).toEqual([]);
    expect(await importing('src/features/home/fine.ts', '../../shared/paths')).toEqual([]);
    expect(await importing('src/features/home/fine.ts', '../../stores/settings-store')).toEqual([]);
    expect(await importing('src/features/home/fine.ts', '../../platform/beeper')).toEqual([]);
  });

  it('stops src/shared from importing stores, platform, features or the app', async () => {
    for (const source of ['../stores/settings-store', '../platform/beeper', '../features/home/routine-filter', '../app/app-routes']) {
      expect(await importing('src/shared/bad.ts', source), source).toEqual(restricted(/src\/shared sits below/));
    }
  });

  it('stops a store from importing a feature or the app', async () => {
    for (const source of ['../features/home/routine-filter', '../app/app-routes']) {
      expect(await importing('src/stores/bad.ts', source), source).toEqual(restricted(/a store never imports a feature/));
    }
    expect(await importing('src/stores/fine.ts', '../shared/paths')).toEqual([]);
  });

  it('stops platform code from importing stores, features or the app', async () => {
    for (const source of ['../stores/settings-store', '../features/home/routine-filter', '../app/app-routes']) {
      expect(await importing('src/platform/bad.ts', source), source).toEqual(restricted(/src\/platform runs browser effects/));
    }
  });

  it('keeps the engine and the catalog free of every layer above them', async () => {
    expect(await importing('src/engine/bad.ts', '../shared/paths')).toEqual(restricted(/pure core/));
    expect(await importing('src/catalog/bad.ts', '../stores/settings-store')).toEqual(restricted(/pure core/));
    expect(await importing('src/engine/fine.ts', '../catalog/schema')).toEqual([]);
  });

  it('finds an import cycle', async () => {
    // paths.ts is a real file that share-link-codec.ts imports; linting new text for paths.ts that
    // imports share-link-codec closes the loop without writing a file.
    const messages = await importing('src/shared/paths.ts', './routine-transfer/share-link-codec');
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)]));
  });
});
