/**
 * Database roles. They are cluster-wide names, shared by every database of one cluster
 * (the demo and each test run), so they are fixed; passwords come with the URLs.
 */
export const OWNER_ROLE = 'reinstate_owner';
export const APP_ROLE = 'reinstate_app';
