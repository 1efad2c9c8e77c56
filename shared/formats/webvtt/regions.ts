/** WebVTT REGION blocks (`id:fred width:40% lines:3 regionanchor:0%,100% viewportanchor:10%,90% scroll:up`). */

import { parsePercentage } from './settings'

/** A region as a VTTRegion exposes it. */
export type VttRegion = {
  id: string
  width: number
  lines: number
  regionAnchorX: number
  regionAnchorY: number
  viewportAnchorX: number
  viewportAnchorY: number
  scroll: '' | 'up'
}

function anchor(value: string): [number, number] | undefined {
  const parts = value.split(',')
  if (parts.length !== 2) return undefined
  const x = parsePercentage(parts[0]!)
  const y = parsePercentage(parts[1]!)
  return x === undefined || y === undefined ? undefined : [x, y]
}

/** Parses the settings of one REGION block (its lines after `REGION`); undefined when it has no id. */
export function parseRegionBlock(text: string): VttRegion | undefined {
  const region: VttRegion = {
    id: '',
    width: 100,
    lines: 3,
    regionAnchorX: 0,
    regionAnchorY: 100,
    viewportAnchorX: 0,
    viewportAnchorY: 100,
    scroll: '',
  }
  for (const token of text.split(/[ \t\n\f\r]+/)) {
    const colon = token.indexOf(':')
    if (colon <= 0 || colon === token.length - 1) continue
    const [name, value] = [token.slice(0, colon), token.slice(colon + 1)]
    if (name === 'id' && !value.includes('-->')) region.id = value
    else if (name === 'width') region.width = parsePercentage(value) ?? region.width
    else if (name === 'lines' && /^\d+$/.test(value)) region.lines = Number(value)
    else if (name === 'regionanchor')
      [region.regionAnchorX, region.regionAnchorY] = anchor(value) ?? [region.regionAnchorX, region.regionAnchorY]
    else if (name === 'viewportanchor')
      [region.viewportAnchorX, region.viewportAnchorY] = anchor(value) ?? [
        region.viewportAnchorX,
        region.viewportAnchorY,
      ]
    else if (name === 'scroll' && value === 'up') region.scroll = 'up'
  }
  return region.id ? region : undefined
}

/** The regions of a file by id; a later definition of an id replaces the earlier one, as the spec says. */
export function regionsById(blocks: readonly string[]): Map<string, VttRegion> {
  const map = new Map<string, VttRegion>()
  for (const block of blocks) {
    const region = parseRegionBlock(block)
    if (region) {
      map.delete(region.id)
      map.set(region.id, region)
    }
  }
  return map
}
