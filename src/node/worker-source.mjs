// Worker entry used only when chiso runs from its TypeScript sources (tests, `tsx`): registers
// tsx's loader in the thread, then loads worker.ts. The built package uses dist/node/worker.js.
import { register } from 'tsx/esm/api';

register();
const { default: runWorkerTask } = await import('./worker.ts');

export default runWorkerTask;
