/**
 * Which secret the agent shows the control plane: a credential it was given, else the one it stored
 * when it joined, else a join token to exchange for one (stored then, for every later start).
 */
import type { AgentHandshake, IssuedCredential } from "@wheelhouse/protocol";
import { credentialPath, prepareStateDir, readCredential, writeCredential } from "./credential-store.ts";
import type { Logger } from "./logger.ts";

export interface IdentityOptions {
  serverUrl: string;
  credential?: string;
  stateDir?: string;
  joinToken?: string;
  nodeName?: string;
}

export interface Identity {
  handshake: AgentHandshake;
  /** Only when joining: keeps the credential the control plane issued. Throws if it cannot. */
  keepCredential?: (issued: IssuedCredential) => void;
}

export function chooseIdentity({ serverUrl, credential, stateDir, joinToken, nodeName }: IdentityOptions, logger: Logger): Identity {
  if (credential) return { handshake: { credential } };
  const stored = stateDir ? readCredential(stateDir) : undefined;
  if (stored && stateDir) {
    logger.info(`using the credential of node ${stored.nodeName} stored in ${credentialPath(stateDir)}${joinToken ? "; the join token is not needed any more" : ""}`);
    if (stored.server !== serverUrl) logger.warn(`that credential was issued by ${stored.server}, not ${serverUrl}; it may be refused`);
    return { handshake: { credential: stored.credential } };
  }
  if (!joinToken || !stateDir) {
    throw new Error(`no credential${stateDir ? ` in ${credentialPath(stateDir)}` : ""}: start the agent with the --join-token shown in Nodes → Add node, or with --token`);
  }
  prepareStateDir(stateDir);
  return {
    handshake: nodeName ? { joinToken, nodeName } : { joinToken },
    keepCredential: (issued) => {
      writeCredential(stateDir, { server: serverUrl, ...issued });
      logger.info(`joined as node ${issued.nodeName}; its credential is stored in ${credentialPath(stateDir)}`);
    },
  };
}
