/** The agent commands, one handler each; the mapped type makes the table cover every command the protocol names. */
import type Docker from "dockerode";
import type { AgentCommandArgs, AgentCommandName, AgentCommandOutput } from "@wheelhouse/protocol";
import { actOnContainer, inspectContainer, listContainers, removeContainer } from "./containers.ts";
import { diskUsage } from "./disk-usage.ts";
import { inspectImage, listImages, removeImage } from "./images.ts";
import { inspectNetwork, listNetworks, removeNetwork } from "./networks.ts";
import { nodeFacts } from "./node-facts.ts";
import { prune } from "./prune.ts";
import { inspectVolume, listVolumes, removeVolume } from "./volumes.ts";

export type CommandHandlers = {
  [N in AgentCommandName]: (docker: Docker, args: AgentCommandArgs<N>) => Promise<AgentCommandOutput<N>>;
};

export const commandHandlers: CommandHandlers = {
  "node.facts": (docker) => nodeFacts(docker),
  "container.list": (docker) => listContainers(docker),
  "container.inspect": (docker, { id }) => inspectContainer(docker, id),
  "container.action": (docker, { id, action }) => actOnContainer(docker, id, action),
  "container.remove": (docker, args) => removeContainer(docker, args),
  "image.list": (docker) => listImages(docker),
  "image.inspect": (docker, { id }) => inspectImage(docker, id),
  "image.remove": (docker, { id, force }) => removeImage(docker, id, force),
  "volume.list": (docker) => listVolumes(docker),
  "volume.inspect": (docker, { name }) => inspectVolume(docker, name),
  "volume.remove": (docker, { name, force }) => removeVolume(docker, name, force),
  "network.list": (docker) => listNetworks(docker),
  "network.inspect": (docker, { id }) => inspectNetwork(docker, id),
  "network.remove": (docker, { id }) => removeNetwork(docker, id),
  "system.df": (docker) => diskUsage(docker),
  "system.prune": (docker, request) => prune(docker, request),
};
