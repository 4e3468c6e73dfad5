/** The registry's GraphQL types: enums, the target directory, the inspector directory and its reviews. */
export * from './registry.enums';
export * from './target.types';
export * from './inspector.types';
export * from './technician.types';
