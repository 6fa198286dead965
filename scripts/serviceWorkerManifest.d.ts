export interface ServiceWorkerManifest {
  version: string;
  files: { url: string; revision: string }[];
}
export declare const PLACEHOLDER: string;
export declare function isPrecached(name: string): boolean;
export declare function buildManifest(
  assets: readonly { name: string; bytes: Uint8Array | string }[],
  packageVersion: string,
): ServiceWorkerManifest;
export declare function injectManifest(source: string, manifest: ServiceWorkerManifest): string;
