interface ImportMetaEnv {
  /** Street-map tile URL template for the Map view (`{z}/{x}/{y}`); OpenStreetMap's when unset. */
  readonly VITE_TILE_URL?: string;
}

interface ImportMetaEnv {
  /** Attribution (HTML) for VITE_TILE_URL's tiles; OpenStreetMap's when unset. */
  readonly VITE_TILE_ATTRIBUTION?: string;
}
