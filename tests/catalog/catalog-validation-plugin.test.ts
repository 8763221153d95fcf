// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogValidationPlugin, findCatalogProblems } from '../../scripts/catalog-validation-plugin';

const projectDir = resolve(import.meta.dirname, '../..');
let rootDir: string;

beforeEach(() => {
  rootDir = mkdtempSync(join(tmpdir(), 'upright-catalog-'));
  cpSync(join(projectDir, 'data'), join(rootDir, 'data'), { recursive: true });
});
afterEach(() => rmSync(rootDir, { recursive: true, force: true }));

function editRoutines(edit: (file: { routines: { id: string; items: { exerciseId: string }[] }[] }) => void): void {
  const path = join(rootDir, 'data/routines.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  edit(file);
  writeFileSync(path, JSON.stringify(file));
}

describe('the build-time catalog check', () => {
  it('finds no problem in the shipped data', async () => {
    expect(await findCatalogProblems(rootDir)).toEqual([]);
  });

  it('lists each problem with its file, item and field', async () => {
    editRoutines((file) => {
      file.routines[0]!.items[0]!.exerciseId = 'plank-x';
    });

    expect(await findCatalogProblems(rootDir)).toEqual([
      'data/routines.json: routine "lower-back-beginner", items[0].exerciseId: unknown exercise "plank-x"',
    ]);
  });

  it('names a data file that is not valid JSON', async () => {
    writeFileSync(join(rootDir, 'data/sports.json'), '{ "version": 1, "sports": [ }');

    const [problem] = await findCatalogProblems(rootDir);
    expect(problem).toMatch(/^data\/sports\.json: is not valid JSON \(.+\)$/);
  });

  it('stops a Vite build of an app whose catalog is invalid', async () => {
    editRoutines((file) => {
      file.routines[1]!.id = 'lower-back-beginner';
    });
    writeFileSync(join(rootDir, 'index.js'), 'export {};\n');

    const building = build({
      root: rootDir,
      configFile: false,
      logLevel: 'silent',
      plugins: [catalogValidationPlugin()],
      build: { write: false, lib: { entry: join(rootDir, 'index.js'), formats: ['es'] } },
    });

    await expect(building).rejects.toThrow(
      /The catalog in data\/ is invalid \(1 problem\):\n {2}- data\/routines\.json: routine "lower-back-beginner", id: "lower-back-beginner" is already used by item #1/,
    );
  });

  it('stops the dev server from starting when the catalog is invalid', async () => {
    writeFileSync(join(rootDir, 'data/exercises.json'), JSON.stringify({ version: 1, muscles: [], equipment: [], cautions: [], exercises: [] }));
    const server = await createServer({ root: rootDir, configFile: false, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' }, plugins: [catalogValidationPlugin()] });

    try {
      await expect(server.listen()).rejects.toThrow(/unknown exercise "quadruped-leg-raise"/);
    } finally {
      await server.close();
    }
  });
});
