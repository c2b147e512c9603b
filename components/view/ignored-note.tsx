import { getTranslations } from "next-intl/server";

/** Says which values in the address were malformed or unknown and so were not applied. */
export async function IgnoredNote({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  const t = await getTranslations("ignored");
  const names = [...new Set(ignored)].map((name) => (t.has(`params.${name}`) ? t(`params.${name}`) : name));
  return (
    <p className="notice" role="status" data-testid="ignored-note">
      {t("text", { names: names.join(", ") })}
    </p>
  );
}
