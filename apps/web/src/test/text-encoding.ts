import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router uses them. A module of its own so that setup-tests.ts can import
// it before i18n (imports run in order).
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});
