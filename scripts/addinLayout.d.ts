export declare const DEV_ORIGIN: string;
export declare const DEV_PORT: number;
export declare const PAGES: readonly { filename: string; template: string; chunks: readonly string[] }[];
export declare const ENTRIES: Readonly<Record<string, string>>;
export declare const FUNCTIONS_SOURCE: string;
export declare const FUNCTIONS_METADATA: string;
export declare const STATIC_COPIES: readonly { from: string; to: string }[];
export declare const OFFICE_JS_COPY: {
  readonly context: string;
  readonly to: string;
  readonly files: readonly string[];
  readonly ignore: readonly string[];
};
export declare const MANIFEST_GLOB: string;
export declare function emittedFiles(): string[];
export declare const OFFICE_JS_URL: string;
export declare const PREVIEW_FAKE_OFFICE: string;
export declare const PREVIEW_ENTRIES: Readonly<Record<string, string>>;
export declare const PREVIEW_PAGES: readonly {
  filename: string;
  template: string;
  chunks: readonly string[];
  officeJs?: string;
}[];
export declare function previewFiles(): string[];
