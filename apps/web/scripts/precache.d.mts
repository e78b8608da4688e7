// Types of precache.mjs for vite.config.ts (the script itself runs under plain node).
export interface ManifestChunk { file: string; css?: string[]; imports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }
export type BuildManifest = Record<string, ManifestChunk>;
export const OFFLINE_MODULES: string[];
export function chunkClosure(manifest: BuildManifest, keys: string[]): Set<string>;
export function readManifest(dist: string): BuildManifest;
export function precachedAssets(manifest: BuildManifest): Set<string>;
export function entryKey(manifest: BuildManifest): string;
export function pluginModuleKeys(manifest: BuildManifest): string[];
