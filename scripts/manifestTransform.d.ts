export declare const PRODUCTION_ORIGIN_ENV: string;
export declare function parseProductionOrigin(
  value: string,
): { ok: true; origin: string } | { ok: false; reason: string };
export declare function transformManifest(xml: string, origin: string): string;
