import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";
import { loadEnv } from "@/lib/env";
import type { RawParams } from "@/lib/view/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const callbackUrl = safeReturnPath(typeof raw.callbackUrl === "string" ? raw.callbackUrl : undefined);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("signIn");
  const demo = loadEnv().APP_MODE === "demo";
  return (
    <div className="sign-in">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl} />
      {demo && <p className="note" data-testid="demo-accounts">{t("demoHint")}</p>}
    </div>
  );
}
