import { getTranslations } from "next-intl/server";

export async function NoProgramme({ title }: { title: string }) {
  const t = await getTranslations("asOf");
  return (
    <>
      <h1>{title}</h1>
      <p className="panel empty">{t("noProgrammes")}</p>
    </>
  );
}
