/**
 * The wire protocol's version. An agent and a control plane speak to each other only when their
 * major versions match; bump it whenever a message changes shape incompatibly.
 */
export const PROTOCOL_VERSION = 2;
