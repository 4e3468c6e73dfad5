export * from './draw-types';
export * from './draw-digest';
export * from './random-stream';
export * from './snapshot-rules';
export * from './dsr-draw';
export * from './dsr-swap';
export * from './verify-draw';
export * from './swap-request';
