/**
 * One-value changes to parsed JSON, for holding a zod-free reader to the zod schema it stands in for:
 * every path into a value, and changes that break one rule or another (wrong types, fractions,
 * negatives, unsafe integers, empty strings, unknown keys, `undefined`, objects that are not plain).
 */

type Path = readonly (string | number)[]

/** Every path into `value` (objects and arrays, the root too). */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at]
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])))
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...at, k]))
  return paths
}

/** A named change of the value at a path. */
export type Mutation = Readonly<{
  name: string
  apply: (parent: Record<string | number, unknown>, key: string | number) => void
}>

const set = (name: string, make: () => unknown): Mutation => ({
  name,
  apply: (parent, key) => {
    parent[key] = make()
  },
})

/** The changes tried at each path. */
export const mutations: readonly Mutation[] = [
  {
    name: 'delete',
    apply: (parent, key) => {
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
    },
  },
  {
    name: 'add an unknown key',
    apply: (parent, key) => {
      const value = parent[key]
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        (value as Record<string, unknown>).extra = 1
      else parent[key] = { extra: 1 }
    },
  },
  {
    name: 'add __proto__',
    apply: (parent, key) => {
      const value = parent[key]
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        Object.defineProperty(value, '__proto__', { value: 'x', enumerable: true, writable: true, configurable: true })
    },
  },
  set('undefined', () => undefined),
  set('null', () => null),
  set('-1', () => -1),
  set('-0', () => -0),
  set('1.5', () => 1.5),
  set('2 ** 53', () => 2 ** 53),
  set('NaN', () => NaN),
  set('Infinity', () => Infinity),
  set('0', () => 0),
  set('1', () => 1),
  set('2', () => 2),
  set('""', () => ''),
  set('"x"', () => 'x'),
  set('"heading"', () => 'heading'),
  set('"chorus"', () => 'chorus'),
  set('"eglur-project"', () => 'eglur-project'),
  set('true', () => true),
  set('[]', () => []),
  set('["x"]', () => ['x']),
  set('[""]', () => ['']),
  set('[1]', () => [1]),
  set('{}', () => ({})),
  set('a word', () => ({ start: 1, end: 2, text: 'w' })),
  set('a date', () => new Date(0)),
  set('an object without prototype', () => Object.create(null) as object),
]

/** `value` deep-copied with `mutation` applied at `path` (at the root: the mutation applied to a holder). */
export function mutate(value: unknown, path: Path, mutation: Mutation): unknown {
  const holder: Record<string | number, unknown> = { root: structuredClone(value) }
  let parent = holder
  let key: string | number = 'root'
  for (const step of path) {
    parent = parent[key] as Record<string | number, unknown>
    key = step
  }
  mutation.apply(parent, key)
  return holder.root
}
