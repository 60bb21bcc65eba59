/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Dataset URL baked in at build time; `?data=` in the page URL overrides it. */
  readonly VITE_DATA_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
