/**
 * The entry of `chiso/node`'s worker threads (run by the tinypool pool in parallel.ts): each task
 * is a block of runs, see {@link runWorkerTask}.
 *
 * @module
 */
import { runWorkerTask } from './worker-task.js';

export default runWorkerTask;
