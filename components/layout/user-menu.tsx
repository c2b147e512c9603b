import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { SessionUser } from "@/lib/auth/permissions";

export async function UserMenu({ user }: { user: SessionUser }) {
  const t = await getTranslations("roles");
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-name">{user.displayName}</span>
      <span className="user-role">
        {t(user.role)}
        {user.agencyCode ? ` · ${user.agencyCode}` : ""}
      </span>
      <SignOutButton />
    </div>
  );
}
