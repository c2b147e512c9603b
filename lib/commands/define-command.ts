import "server-only";
import type { z } from "zod";
import { audit } from "@/lib/audit/audit-log";
import type { SessionUser } from "@/lib/domain/permissions";
import { appNow, appToday } from "@/lib/clock";
import { db } from "@/lib/db";
import { todayInVietnam, type IsoDate } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrorsOf } from "@/lib/validation/form-fields";
import { Refusal, refuse } from "./refusal";
import type { CommandResult } from "./result";

/** How long a command waits for a connection, and may run holding its locks. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 60_000 };

/** Where a change comes from: the caller's address, the channel, and (in tests) the clock. */
export type CommandContext = { address?: string; channel?: "web" | "api"; now?: Date; today?: IsoDate };

type RunArgs<I, P> = {
  actor: SessionUser;
  input: I;
  /** Every read and write of the command: one transaction, with its audit row. */
  tx: Prisma.TransactionClient;
  now: Date;
  today: IsoDate;
  prepared: P;
};

/** What a command that went through returns: its result, and what its audit row says. */
export type Done<T> = { result: T; target: string | null; detail?: Record<string, unknown> };

type Definition<S extends z.ZodType, T extends object, P> = {
  /** The audit row's action ("task.status"). */
  name: string;
  /** The input, parsed before anything is read; its errors are the form's field errors. */
  schema: S;
  /** The role check, made before the input is read; finer checks are in run, inside the query. */
  authorize?: (actor: SessionUser) => boolean;
  /** Slow work that needs no database, done before the transaction opens (a password's hash). */
  prepare?: (input: z.output<S>) => Promise<P>;
  /** What a refusal before parsing is about, when the raw input names it. */
  targetOf?: (raw: unknown) => string | null;
  /** The change itself; it throws refuse.*() to refuse, which undoes whatever it wrote. */
  run: (args: RunArgs<z.output<S>, P>) => Promise<Done<T>>;
};

export type Command<T extends object = object, C extends object = object> = ((
  actor: SessionUser | null,
  input: unknown,
  context?: CommandContext,
) => Promise<CommandResult<T, C>>) & { commandName: string };

/**
 * Every change goes this one way: actor → role → parse → one transaction (the command's reads,
 * checks and writes, and the audit row) → result. A refusal at any step is audited with who, on
 * what and why, and nothing else is written. Errors other than refusals propagate: the form or
 * route that called shows an error id.
 */
export function defineCommand<S extends z.ZodType, T extends object, C extends object = object, P = undefined>(definition: Definition<S, T, P>): Command<T, C> {
  const command = async (actor: SessionUser | null, raw: unknown, context: CommandContext = {}): Promise<CommandResult<T, C>> => {
    const now = context.now ?? appNow();
    const today = context.today ?? (context.now ? todayInVietnam(context.now) : appToday());
    const who = { userId: actor?.id ?? null, username: actor?.username ?? null, address: context.address ?? null };
    const channel = context.channel ? { channel: context.channel } : {};
    const refused = async (refusal: Refusal): Promise<CommandResult<T, C>> => {
      await audit({ action: definition.name, outcome: "REFUSED", ...who, target: refusal.target, detail: { ...channel, ...refusal.detail } });
      return refusal.result as CommandResult<T, C>;
    };

    const rawTarget = definition.targetOf?.(raw) ?? null;
    if (!actor) return refused(new Refusal({ ok: false, kind: "unauthenticated" }, rawTarget, { reason: "unauthenticated" }));
    if (definition.authorize && !definition.authorize(actor)) return refused(refuse.forbidden(rawTarget, "role"));
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) return refused(refuse.invalid(fieldErrorsOf(parsed.error), rawTarget));
    const input = parsed.data as z.output<S>;

    try {
      const prepared = (definition.prepare ? await definition.prepare(input) : undefined) as P;
      return await db().$transaction(
        async (tx) => {
          const done = await definition.run({ actor, input, tx, now, today, prepared });
          await audit({ action: definition.name, outcome: "OK", ...who, target: done.target, detail: { ...channel, ...done.detail } }, tx);
          return { ok: true, ...done.result } as CommandResult<T, C>;
        },
        // A command may wait for another's row locks (a close freezing a national quarter takes seconds).
        TRANSACTION_LIMITS,
      );
    } catch (error) {
      if (error instanceof Refusal) return refused(error);
      throw error;
    }
  };
  return Object.assign(command, { commandName: definition.name });
}
