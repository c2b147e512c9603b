import type { AbstractIntlMessages } from "next-intl";

// Client components read their words from the messages their provider was given, and a provider's
// messages travel in every page's HTML. So each gets only the namespaces its client components use:
// the whole catalogue (36 kB) on every page was most of a small page's weight and render.

/** Namespaces every client form's command messages may fall back to (lib/commands/messages.ts). */
export const COMMAND_NAMESPACES = ["commands", "error"] as const;

/** Namespaces of the client components in the shared layout (navigation, sign-out, error boundary). */
export const LAYOUT_NAMESPACES = ["nav", "signIn", "error"] as const;

export function pickNamespaces(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const name of namespaces) if (messages[name] !== undefined) picked[name] = messages[name];
  return picked;
}
