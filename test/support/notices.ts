/** A Japanese suspension notice as a seller would paste it (full-width digits and colons): the demo's. */
export { DEMO_NOTICE as JA_SUSPENSION_NOTICE } from '../../apps/cli/src/demo-notice';
