/**
 * Keeps a few objects alive for the life of the program. V8 forgets a hidden class once no object has
 * it, and throws away the optimised code built on it. The reader's working objects and results die
 * after every file, so without one object of each shape kept here, a garbage collection between two
 * files leaves the next one to be read by unoptimised code (the benchmark measured up to 1.6× slower).
 */

const kept: unknown[] = []

/** Keeps `objects` (one of each shape a reader makes) alive. */
export function keepShapes(...objects: unknown[]): void {
  kept.push(...objects)
}
