// The browser's i18n for unit and component tests: the extension's real message files, looked up
// and substituted the way browsers do (named placeholders, then $1…$9), in a language a test picks.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetUiLocale } from '../../lib/i18n/messages';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogs = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, Message>>('../../public/_locales/*/messages.json', { eager: true, import: 'default' })).map(
    ([path, messages]) => [path.split('/').at(-2)!, messages],
  ),
);

function localize(entry: Message | undefined, substitutions: string[]): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(?:([1-9])|(\$+))/g, (_, index: string | undefined, dollars: string | undefined) =>
    index !== undefined ? (substitutions[Number(index) - 1] ?? '') : dollars!,
  );
}

/** Makes the fake browser speak `uiLanguage` ("en-US", "de-DE", "fr", "es"): its messages, else English ones. */
export function useUiLanguage(uiLanguage: string): void {
  const language = uiLanguage.split('-')[0]!;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const list = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return localize(catalogs[language]?.[name] ?? catalogs.en![name], list);
  }) as typeof fakeBrowser.i18n.getMessage;
  forgetUiLocale();
}
