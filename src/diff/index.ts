export * from './diff.js';
export * from './format.js';
