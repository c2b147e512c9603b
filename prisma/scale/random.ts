import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of choices: the same seed gives the same scale data, row for row. */
export type Random = {
  /** A whole number from `from` to `to`, both included. */
  int: (from: number, to: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** A number from 0 (included) to 1 (excluded). */
  float: () => number;
};

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const float = () => uniformFloat64(rng);
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  return { int, float, chance: (p) => float() < p, pick: (items) => items[int(0, items.length - 1)] };
}
