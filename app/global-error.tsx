"use client";

// Replaces the root layout when it fails, so no translations are available: both languages, plainly.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body>
        <main id="main">
          <h1>Đã xảy ra lỗi / Something went wrong</h1>
          <p>Vui lòng tải lại trang; nếu lỗi lặp lại, gửi mã lỗi cho quản trị viên.</p>
          <p>Please reload the page; if it happens again, send the error id to your administrator.</p>
          {error.digest && (
            <p>
              Mã lỗi / Error id: <code>{error.digest}</code>
            </p>
          )}
        </main>
      </body>
    </html>
  );
}
