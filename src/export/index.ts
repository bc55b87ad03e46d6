export * from './attributes.js';
export * from './formats.js';
export * from './gexf.js';
export * from './graphml.js';
export * from './html.js';
export * from './json.js';
export * from './layout.js';
export * from './viewer-data.js';
export { loadViewerBundle, type ViewerBundle } from './bundle.js';
