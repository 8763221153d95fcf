import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

/**
 * Fills a compiled message made only of text and `{placeholder}`s (all that shell.json may hold:
 * scripts/messages-plugin.ts refuses plurals and selects there), so the first screen needs no
 * i18n runtime. Lingui's compiled form: a string, or a list of strings and `[name]` tokens.
 */
export function formatSimpleMessage(message: CompiledMessage | string, values: Readonly<Record<string, string | number>> = {}): string {
  if (typeof message === 'string') return message;
  return message.map((token) => (typeof token === 'string' ? token : String(values[token[0] as string] ?? ''))).join('');
}
