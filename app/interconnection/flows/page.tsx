import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interconnection.tabs"))("flows") };
}

export default async function Page() {
  await requirePageUser("/interconnection");
  const t = await getTranslations("interconnection.tabs");
  return <h1>{t("flows")}</h1>;
}
