export { startWorker, type WorkerOptions, type RunningWorker } from "./worker.js";
export { taskList } from "./task-list.js";
export { startCaptureServer, type CaptureServer } from "./mail/capture-server.js";
