// Runs once when the server starts: a bad configuration stops it with a message, not a later stack.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv } = await import("@/lib/env");
  const env = loadEnv();
  if (env.usesDemoSecret) {
    console.warn(
      "[demo] NEXTAUTH_SECRET không được đặt: phiên đăng nhập ký bằng khoá riêng của bản demo; hệ thống thật phải đặt khoá.\n" +
        "[demo] NEXTAUTH_SECRET is not set: sessions are signed with this demo's own secret. A real deployment sets one.",
    );
  }
  if (env.APP_CLOCK_OFFSET_DAYS) {
    console.warn(`[demo] Đồng hồ ứng dụng lệch ${env.APP_CLOCK_OFFSET_DAYS} ngày / The application's clock is moved by ${env.APP_CLOCK_OFFSET_DAYS} days.`);
  }
}
