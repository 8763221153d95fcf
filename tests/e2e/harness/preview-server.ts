import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not read the free port'));
      });
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The preview server at ${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

export interface PreviewServer {
  readonly baseURL: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Serves the production build (dist/) with `vite preview` on 127.0.0.1 and a free port.
 * Stopped by its PID, never by name, so nothing else on the machine is touched.
 */
export async function startPreviewServer(port?: number): Promise<PreviewServer> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests (npm test does this).');
  }
  const chosenPort = port ?? (await findFreePort());
  const vite = resolve(root, 'node_modules/.bin/vite');
  const child: ChildProcess = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(chosenPort), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const baseURL = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitForHttp(baseURL, 20_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${(error as Error).message}\n--- vite preview said ---\n${output}`);
  }
  return {
    baseURL,
    port: chosenPort,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.pid === undefined) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
