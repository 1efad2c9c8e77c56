/**
 * True only when `A` and `B` are the same type: a schema's inferred type and the hand-written shape
 * its zod-free code works with are tied by `const same: SameShape<A, B> = true`, a compile error if they drift.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
