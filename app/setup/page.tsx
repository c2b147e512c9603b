import { redirect } from "next/navigation";
import { SetupRequired } from "@/components/setup/setup-required";
import { databaseState } from "@/lib/database/database-state";

export default function SetupPage() {
  const state = databaseState();
  if (state.kind === "ready") redirect("/");
  console.warn(`[setup] database ${state.kind}: ${state.file}${state.kind === "unreadable" ? ` (${state.message})` : ""}`);
  return <SetupRequired state={state} />;
}
