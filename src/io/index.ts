export * from './atomic-write.js';
export * from './errors.js';
export * from './lock.js';
export * from './output.js';
