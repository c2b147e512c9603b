import { redirect } from "next/navigation";
import { SetupRequired } from "@/components/setup/setup-required";
import { databaseState } from "@/lib/database/database-state";

export default async function SetupPage() {
  const state = await databaseState();
  if (state.kind === "ready") redirect("/");
  // The details (which server, why) are for the operator's log, not for whoever opened the page.
  console.warn(`[setup] database ${state.kind}${state.kind === "unreachable" ? `: ${state.message}` : state.kind === "missing" ? `: ${state.database}` : ""}`);
  return <SetupRequired state={state} />;
}
