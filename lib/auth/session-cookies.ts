// next-auth names its cookie with the __Secure- prefix when the app is served over https. Kept apart
// from lib/auth/session.ts so that proxy.ts can read it without loading the database client.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
