/// <reference types="vite/client" />

declare module '*?iife' {
  const path: string;
  export default path;
}

/** True only in the end-to-end build (`vite build --mode e2e`); removed from the shipped bundle. */
declare const __E2E__: boolean;
