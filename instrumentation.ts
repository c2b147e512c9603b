// Runs once when the server starts: a bad configuration stops it with a message, not a later stack.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv } = await import("@/lib/env");
  const env = loadEnv();
  if (env.usesDemoSecret) {
    console.warn(
      "[demo] NEXTAUTH_SECRET không được đặt: dùng khoá mặc định của bản demo, không dùng cho hệ thống thật.\n" +
        "[demo] NEXTAUTH_SECRET is not set: using the demo's built-in secret. Never run a real deployment like this.",
    );
  }
  if (env.APP_CLOCK_OFFSET_DAYS) {
    console.warn(`[demo] Đồng hồ ứng dụng lệch ${env.APP_CLOCK_OFFSET_DAYS} ngày / The application's clock is moved by ${env.APP_CLOCK_OFFSET_DAYS} days.`);
  }
}
