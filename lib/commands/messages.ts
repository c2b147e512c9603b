// The one mapping from a command's refusal to words, for the forms (components/forms/command-messages.ts)
// and the API (lib/api/command-response.ts) alike: the form's own wording when it has one
// ("statusForm.errors.futureDay"), else the shared one ("commands.errors.tooLong").

export type Translator = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

export function commandText(t: Translator, namespace: string, group: "errors" | "refused", key: string, values?: Record<string, string | number>): string {
  const own = `${namespace}.${group}.${key}`;
  return t.has(own) ? t(own, values) : t(`commands.${group}.${key}`, values);
}
