"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("signIn");
  const router = useRouter();
  // No redirect by next-auth: its target would be built from NEXTAUTH_URL, not from this site's address.
  async function leave() {
    await signOut({ redirect: false });
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={leave}>
      {t("signOut")}
    </button>
  );
}
