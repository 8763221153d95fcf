/**
 * Build-time gate for the catalog: `vite dev` and `vite build` stop with readable errors when
 * the structure (data/*.json) or any language's texts (data/locales/<language>/*.json) are
 * invalid or incomplete, so the app never starts with a broken catalog or a missing German text.
 * The browser then only imports the JSON (src/catalog/catalog.ts) and never ships the validator.
 *
 * The validator is loaded with Vite's module runner rather than imported: a static import would
 * pull src/catalog's extensionless TypeScript imports into the config's module graph, which Vite 8
 * warns about on every build (they will not load under its future native config loader).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { CatalogSources, catalogLanguages, catalogSourceProblemLines, poseProblemLines } from '../src/catalog/validate-catalog-sources';

type FileKey = keyof CatalogSources['structure'];
const fileKeys = ['exercises', 'routines', 'sports'] as const satisfies readonly FileKey[];
const dataFile = (key: FileKey) => `data/${key}.json`;
const textFile = (language: string, key: FileKey) => `data/locales/${language}/${key}.json`;

interface ValidatorModule {
  readonly catalogSourceProblemLines: typeof catalogSourceProblemLines;
  readonly catalogLanguages: typeof catalogLanguages;
  readonly poseProblemLines: typeof poseProblemLines;
}

/** The figure's key poses (src/catalog/validate-poses.ts), checked against the exercises. */
const posesFileName = 'data/poses.json';

/** Every file the catalog is made of, relative to the root: the structure, then each language's texts. */
const catalogFileNames = (languages: readonly string[]): string[] => [
  ...fileKeys.map(dataFile),
  posesFileName,
  ...languages.flatMap((language) => fileKeys.map((key) => textFile(language, key))),
];

/** The project this script belongs to: the validator comes from here, the data from `rootDir`. */
const projectDir = resolve(import.meta.dirname, '..');

async function loadValidator(): Promise<ValidatorModule> {
  const loaded = await runnerImport<ValidatorModule>(resolve(projectDir, 'src/catalog/validate-catalog-sources.ts'), {
    root: projectDir,
    configFile: false,
    logLevel: 'error',
  });
  return loaded.module;
}

/** Every problem with the catalog under `rootDir`, one line each; empty when it is valid. */
export async function findCatalogProblems(rootDir: string, validator?: ValidatorModule): Promise<string[]> {
  const module = validator ?? (await loadValidator());
  const read = new Map(catalogFileNames(module.catalogLanguages).map((name) => [name, readJson(resolve(rootDir, name), name)]));
  const unreadable = [...read.values()].flatMap((file) => (file.problem === null ? [] : [file.problem]));
  if (unreadable.length > 0) return unreadable;
  const filesOf = (nameOf: (key: FileKey) => string) => Object.fromEntries(fileKeys.map((key) => [key, read.get(nameOf(key))?.data])) as unknown as CatalogSources['structure'];
  const sources: CatalogSources = {
    structure: filesOf(dataFile),
    texts: Object.fromEntries(module.catalogLanguages.map((language) => [language, filesOf((key) => textFile(language, key))])) as CatalogSources['texts'],
  };
  return [...module.catalogSourceProblemLines(sources), ...module.poseProblemLines(read.get(posesFileName)?.data, sources.structure.exercises)];
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
  const watched = () => catalogFileNames(validator?.catalogLanguages ?? []).map((name) => resolve(rootDir, name));
  const isCatalogFile = (file: string) => watched().includes(resolve(file));
  return {
    name: 'upright:catalog-validation',
    configResolved(config) {
      rootDir = options.rootDir ?? config.root;
    },
    async buildStart() {
      const problems = await check();
      for (const file of watched()) this.addWatchFile(file);
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
