export * from './schema.js';
export * from './io.js';
export * from './views.js';
export * from './integrity.js';
