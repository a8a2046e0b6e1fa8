// Types of scripts/make-test-images.mjs, for the unit tests that build their images with it.
type Part = string | Uint8Array | number[];

export declare const IPTC: string;
export declare function bytes(...parts: Part[]): Buffer;
export declare function u32(n: number): Buffer;
export declare function u32le(n: number): Buffer;
export declare function noise(length: number, seed?: number): Buffer;
export declare function cbor(value: unknown): Buffer;
export declare function box(type: string, payload: Uint8Array): Buffer;
export declare function superbox(type: string | Uint8Array, label: string, ...children: Uint8Array[]): Buffer;

export interface ActionSpec {
  action: string;
  sourceType?: string;
  agent?: string;
}
export interface IngredientSpec {
  manifest: string;
  relationship?: string;
  title?: string;
}
export declare function manifest(spec: {
  label: string;
  generator?: string;
  actions?: ActionSpec[];
  ingredients?: IngredientSpec[];
  thumbnail?: Uint8Array;
  actionsLabel?: string;
  actionsBox?: Uint8Array;
  ingredientVersion?: 1 | 2 | 3;
}): Buffer;
export declare function store(...manifests: Uint8Array[]): Buffer;
export declare function c2paStore(spec: { sourceType: string; softwareAgent?: string; compressed?: boolean; thumbnail?: Uint8Array }): Buffer;
export declare function ingredientStore(spec?: { relationship?: string; agent?: string; activeSourceType?: string }): Buffer;
export declare function xmpPacket(spec: { sourceType: string; creatorTool?: string; padding?: number }): string;

export declare function segment(marker: number, payload: Uint8Array): Buffer;
export declare function app11(jumbf: Uint8Array, options?: { chunk?: number; instance?: number; skip?: number[] }): Buffer;
export declare function jpeg(spec?: { c2pa?: Uint8Array; xmp?: string; chunk?: number; skip?: number[]; before?: Uint8Array[] }): Buffer;
export declare function pngChunk(type: string, data: Uint8Array): Buffer;
export declare function png(spec?: { c2pa?: Uint8Array; xmp?: string; compressXmp?: boolean; c2paAfter?: boolean; imageData?: number; imageDataSize?: number }): Buffer;
export declare function riffChunk(id: string, data: Uint8Array): Buffer;
export declare function webp(spec?: { c2pa?: Uint8Array; xmp?: string }): Buffer;
export declare function fixtureImages(): Record<string, Buffer>;
