// Starts a worker thread on a TypeScript module (workerData.script), through tsx's loader registered in this thread:
// worker threads do not inherit the parent's `--import tsx`, and vitest's transform does not reach them either.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.script);
