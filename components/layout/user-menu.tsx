import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { canManageUsers, type SessionUser } from "@/lib/domain/permissions";

export async function UserMenu({ user }: { user: SessionUser }) {
  const [t, t2] = await Promise.all([getTranslations("roles"), getTranslations("nav")]);
  return (
    <div className="user-menu" data-testid="user-menu">
      <Link href="/profile" className="user-name" title={t2("profile")}>
        {user.displayName}
      </Link>
      <span className="user-role">
        {t(user.role)}
        {user.agencyCode ? ` · ${user.agencyCode}` : ""}
      </span>
      {canManageUsers(user) && (
        <Link href="/admin/users" className="user-name">
          {t2("admin")}
        </Link>
      )}
      <SignOutButton />
    </div>
  );
}
