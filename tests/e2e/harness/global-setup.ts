import type { TestProject } from 'vitest/node';
import { startPreviewServer, type PreviewServer } from './preview-server';

let server: PreviewServer | null = null;

/** One preview server of the production build for the whole end-to-end run. */
export async function setup(project: TestProject): Promise<void> {
  server = await startPreviewServer();
  project.provide('baseURL', server.baseURL);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
