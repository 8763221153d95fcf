// @vitest-environment node
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

// ESLint's first run loads its plugins and the type-aware parser: over a second alone, more on a busy machine.
describe('the architecture boundary lint rule', { timeout: 30_000 }, () => {
  it('rejects a file in src/engine that imports react', async () => {
    const messages = await lintAs('src/engine/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*pure TypeScript/);
  });

  it('rejects zustand, the router and react-dom subpaths in the engine', async () => {
    for (const source of ['zustand', 'react-router', 'react-dom/client']) {
      const messages = await lintAs('src/engine/bad.ts', `import * as m from '${source}';\nexport const x = m;\n`);
      expect(messages, source).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-imports/)]));
    }
  });

  it('rejects reading the clock or touching the DOM in the engine', async () => {
    const messages = await lintAs('src/engine/bad.ts', 'export const a = Date.now();\nexport const b = document.title;\nexport const c = window.innerWidth;\n');
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-restricted-properties: .*never reads the clock/),
        expect.stringMatching(/^no-restricted-globals: .*document/),
        expect.stringMatching(/^no-restricted-globals: .*window/),
      ]),
    );
  });

  it('lets the same import through outside the engine', async () => {
    const messages = await lintAs('src/features/home/fine.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(messages).toEqual([]);
  });

  it('forbids rendering raw HTML anywhere in src', async () => {
    const messages = await lintAs('src/features/home/bad.tsx', 'export const X = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n');
    expect(messages.join('\n')).toMatch(/Render text, never HTML/);
  });
});
