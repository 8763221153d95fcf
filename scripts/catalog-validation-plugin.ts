/**
 * Build-time gate for the catalog: `vite dev` and `vite build` stop with readable errors when
 * data/*.json is invalid, so the app never starts with a broken catalog. The browser then only
 * imports the JSON (src/catalog/catalog.ts) and never ships the validator.
 *
 * The validator is loaded with Vite's module runner rather than imported: a static import would
 * pull src/catalog's extensionless TypeScript imports into the config's module graph, which Vite 8
 * warns about on every build (they will not load under its future native config loader).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { CatalogFiles, catalogProblemLines } from '../src/catalog/validate-catalog';

const fileKeys = ['exercises', 'routines', 'sports'] as const satisfies readonly (keyof CatalogFiles)[];
const dataFile = (key: keyof CatalogFiles) => `data/${key}.json`;

interface ValidatorModule {
  readonly catalogProblemLines: typeof catalogProblemLines;
}

/** The project this script belongs to: the validator comes from here, the data from `rootDir`. */
const projectDir = resolve(import.meta.dirname, '..');

async function loadValidator(): Promise<ValidatorModule> {
  const loaded = await runnerImport<ValidatorModule>(resolve(projectDir, 'src/catalog/validate-catalog.ts'), {
    root: projectDir,
    configFile: false,
    logLevel: 'error',
  });
  return loaded.module;
}

/** Every problem with the catalog under `rootDir`, one line each; empty when it is valid. */
export async function findCatalogProblems(rootDir: string, validator?: ValidatorModule): Promise<string[]> {
  const read = fileKeys.map((key) => ({ key, ...readJson(resolve(rootDir, dataFile(key)), dataFile(key)) }));
  const unreadable = read.flatMap((file) => (file.problem === null ? [] : [file.problem]));
  if (unreadable.length > 0) return unreadable;
  const files = Object.fromEntries(read.map((file) => [file.key, file.data])) as unknown as CatalogFiles;
  return (validator ?? (await loadValidator())).catalogProblemLines(files);
}

function readJson(path: string, name: string): { data: unknown; problem: string | null } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { data: null, problem: `${name}: cannot be read (${(error as Error).message})` };
  }
  try {
    return { data: JSON.parse(text) as unknown, problem: null };
  } catch (error) {
    return { data: null, problem: `${name}: is not valid JSON (${(error as Error).message})` };
  }
}

export function catalogReport(problems: readonly string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The catalog in data/ is invalid (${count}):\n${problems.map((line) => `  - ${line}`).join('\n')}`;
}

export function catalogValidationPlugin(options: { rootDir?: string } = {}): Plugin {
  let rootDir = options.rootDir ?? process.cwd();
  let validator: ValidatorModule | undefined;
  const check = async () => {
    validator ??= await loadValidator();
    return findCatalogProblems(rootDir, validator);
  };
  const isCatalogFile = (file: string) => fileKeys.some((key) => resolve(rootDir, dataFile(key)) === resolve(file));
  return {
    name: 'upright:catalog-validation',
    configResolved(config) {
      rootDir = options.rootDir ?? config.root;
    },
    async buildStart() {
      for (const key of fileKeys) this.addWatchFile(resolve(rootDir, dataFile(key)));
      const problems = await check();
      if (problems.length > 0) this.error(catalogReport(problems));
    },
    // In dev, an edit that breaks the catalog shows the error overlay instead of reloading.
    async handleHotUpdate({ file, server }) {
      if (!isCatalogFile(file)) return;
      const problems = await check();
      if (problems.length === 0) return;
      const message = catalogReport(problems);
      server.config.logger.error(message);
      server.ws.send({ type: 'error', err: { message, stack: '' } });
      return [];
    },
  };
}
