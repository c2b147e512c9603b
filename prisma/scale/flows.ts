import { addDays, type IsoDate } from "../../lib/domain/dates";
import { CENTRAL_AGENCIES, PROVINCES } from "../demo/agencies";
import { agencyId } from "../demo/ids";
import type { FlowAgency, FlowOptions } from "../flows/generate";
import type { SubunitRow } from "./agencies";
import type { Random } from "./random";

/**
 * The national axis's year up to `today`: every top-level agency and every unit below the provinces
 * sends and receives, the ministries and provinces far more than a commune; VPCP is the hub.
 */
export function scaleFlowOptions(random: Random, units: SubunitRow[], today: IsoDate): Omit<FlowOptions, "documents" | "deliveries" | "seed"> {
  const top: FlowAgency[] = [...CENTRAL_AGENCIES, ...PROVINCES].map((a) => ({
    id: agencyId(a.code),
    code: a.code,
    hub: a.code === "VPCP",
    weight: a.code === "VPCP" ? 60 : a.kind === "PROVINCE" ? 8 + random.float() * 4 : 10 + random.float() * 6,
    signedShare: 0.2 + random.int(0, 75) / 100,
  }));
  const below: FlowAgency[] = units.map((u) => ({
    id: u.id,
    code: u.code,
    weight: u.kind === "COMMUNE" ? 0.05 : u.kind === "DISTRICT" ? 0.4 : 0.8,
    signedShare: 0.1 + random.int(0, 80) / 100,
  }));
  return { from: addDays(today, -364), to: today, agencies: [...top, ...below] };
}
