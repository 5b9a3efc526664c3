// Why the explanation is not built lazily: a probe, not a suite (`node bench/probes/lazy-explanation.mjs`).
// A lazy node needs `children` as an own property (JSON.stringify, spread, structuredClone and deep equality read
// only own properties, and a Proxy cannot be structured-cloned), so it is an own accessor. Making an object with
// own accessors costs far more than the whole eager node: with getters in the literal each object gets its own
// accessor pair (about 1 µs), and defineProperty with shared getters still costs about 0.15 µs for one property.
const N = 1_000_000;
let sink;
const settle = (node, key, value) => {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
};
const SHARED = {
  get() {
    return settle(this, 'children', []);
  },
  set(value) {
    settle(this, 'children', value);
  },
  enumerable: true,
  configurable: true,
};
const cases = {
  'plain node (eager)': (i) => ({
    op: 'all',
    truth: 'met',
    condition: i,
    children: [],
    used: null,
    missing: [],
  }),
  'getters in the literal': (i) => ({
    op: 'all',
    truth: 'met',
    condition: i,
    get children() {
      return settle(this, 'children', [i]);
    },
    set children(value) {
      settle(this, 'children', value);
    },
    used: null,
    missing: [],
  }),
  'defineProperty, shared getters': (i) => {
    const node = { op: 'all', truth: 'met', condition: i };
    Object.defineProperty(node, 'children', SHARED);
    node.used = null;
    node.missing = [];
    return node;
  },
};
for (let round = 0; round < 3; round += 1) {
  for (const [name, make] of Object.entries(cases)) {
    const start = performance.now();
    for (let i = 0; i < N; i += 1) sink = make(i);
    console.log(`${name}: ${(((performance.now() - start) / N) * 1e6).toFixed(0)} ns a node`);
  }
}
if (sink === undefined) throw new Error('unreachable');
