/**
 * How a stack's objects are found again: `docker stack deploy` labels every service and network
 * it creates with the stack's name, and Wheelhouse reads and writes the same label, so stacks
 * deployed by either are the same stacks.
 */
export const STACK_LABEL = "com.docker.stack.namespace";

/** Engine API list filters for the objects of one stack, or of any. */
export const ofStack = (name: string) => ({ label: [`${STACK_LABEL}=${name}`] });
export const ofAnyStack = { label: [STACK_LABEL] };
