// Starts a worker thread on a TypeScript module (workerData.script), through the benchmarks' loader registered in this
// thread: worker threads do not inherit the parent's `--import`, and vitest's transform does not reach them either.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

register(new URL('./loader-hooks.mjs', import.meta.url));
await import(workerData.script);
