// The browser shell's HTTP paths, shared by its back end and the test fixture.
export const INVOKE_PATH = '/__naslag/invoke/';
export const OPENED_PATH = '/__naslag/opened';
/** Test controls: make the store's file system fail, or die after a number of durable writes. */
export const FAULTS_PATH = '/__naslag/faults';
export const KILL_AFTER_WRITES_PATH = '/__naslag/kill-after-writes';
