// subset-font ships no types; the part of its API that scripts/fonts/extra-glyphs.ts uses.
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2'
    preserveNameIds?: number[]
    keepFeatures?: string[]
    noLayoutClosure?: boolean
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>
}
