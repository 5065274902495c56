export * from './entities';
export * from './data-source';
export { MIGRATIONS } from './migrations';
export * from './queries';
export * from './change-feed';
export * from './sql-pool';
export * from './pool-settings';
export * from './micro-batcher';
export * from './feed-cache';
