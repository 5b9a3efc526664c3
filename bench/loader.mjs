// The benchmarks' TypeScript loader: `node --import ./bench/loader.mjs bench/run.ts`. It strips the types of the
// project's own .ts files with esbuild, as tsup does when it builds dist/, and changes nothing else, so the code timed
// is compiled as the code shipped. tsx compiles with other options (esbuild's keepNames, which wraps named functions
// in a call that names them). Measured both ways on one commit, the ratios agree within the machine's noise.
import { register } from 'node:module';

register(new URL('./loader-hooks.mjs', import.meta.url));
