export { startWorker, type WorkerOptions } from "./worker.js";
export { taskList } from "./task-list.js";
