/** Public surface of the notice reader. */
export { readNotice, emptyReading, MAX_NOTICE_LENGTH, DEFAULT_TIME_ZONE } from './notice-reader';
export * from './notice-reader.types';
