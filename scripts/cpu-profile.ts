import fs from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

// For the benchmark's profiles (npm run bench -- --profile): with CPU_PROFILE_DIR set, SIGUSR2 starts
// the V8 CPU profiler and the next SIGUSR2 stops it and writes the profile there, so that a profile
// holds the load of one route and nothing of the server's start.
export function profileOnSignal(dir: string | undefined): void {
  if (!dir) return;
  const session = new Session();
  session.connect();
  let running = false;
  let count = 0;
  process.on("SIGUSR2", async () => {
    if (!running) {
      running = true;
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
      return;
    }
    running = false;
    const { profile } = await session.post("Profiler.stop");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `profile-${String(++count).padStart(2, "0")}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    console.log(`[profile] ${file}`);
  });
}
