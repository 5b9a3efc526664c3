// The benchmarks' TypeScript loader: `node --import ./bench/loader.mjs bench/run.ts`. It strips the types of the
// project's own .ts files with esbuild, as tsup does when it builds dist/, and changes nothing else. tsx is not used
// to measure: it compiles with esbuild's keepNames, which wraps every function made at run time in a call that
// defines its name, so closures made in a hot path (the explanation's) cost about twice what they cost in dist/.
import { register } from 'node:module';

register(new URL('./loader-hooks.mjs', import.meta.url));
