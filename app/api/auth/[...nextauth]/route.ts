import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's handler takes its options when built; building it per request keeps the secret read
// from the environment at run time, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
