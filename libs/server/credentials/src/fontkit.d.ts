// fontkit (pdfkit's font engine, installed with it) ships no types; this is the one call used here.
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it wherever it accepts font bytes. */
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
