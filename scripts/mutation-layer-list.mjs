// The layers mutation testing is run and scored by, bottom up: read by mutation-layers.mjs and mutation-score.mjs.
// `errors` is the single file src/errors.ts; every other layer is the folder src/<layer>/.
export const layers = [
  'errors',
  'internal',
  'time',
  'quantity',
  'resolutions',
  'caps',
  'conditions',
  'relief',
  'format',
  'cli',
  'akn',
];
