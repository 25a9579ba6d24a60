// The start page shows the same text to everyone, so it is prerendered with its text and paints
// before any script runs; the "continue" hint from this device is read after hydration.
export const ssr = true;
