/** The agent commands the engine answers, one handler each; the mapped type makes the table cover every one the protocol names. */
import type Docker from "dockerode";
import type { AgentCommandArgs, AgentCommandOutput, EngineCommandName } from "@wheelhouse/protocol";
import { actOnContainer, inspectContainer, listContainers, removeContainer } from "./containers.ts";
import { diskUsage } from "./disk-usage.ts";
import { inspectImage, listImages, removeImage } from "./images.ts";
import { inspectNetwork, listNetworks, removeNetwork } from "./networks.ts";
import { nodeFacts } from "./node-facts.ts";
import { prune } from "./prune.ts";
import { createService, inspectService, listServices, removeService, rollbackService, scaleService, updateService } from "./services/services.ts";
import { listTasks } from "./services/tasks.ts";
import { deployStack } from "./stacks/deploy-stack.ts";
import { inspectStack, listStacks } from "./stacks/list-stacks.ts";
import { removeStack } from "./stacks/remove-stack.ts";
import { inspectVolume, listVolumes, removeVolume } from "./volumes.ts";
import { createConfig, inspectConfig, listConfigs, removeConfig } from "./swarm/configs.ts";
import { createSecret, listSecrets, removeSecret } from "./swarm/secrets.ts";
import { initSwarm, joinSwarm, leaveSwarm, swarmInfo } from "./swarm/swarm-membership.ts";
import { inspectSwarmNode, listSwarmNodes, updateSwarmNode } from "./swarm/swarm-nodes.ts";

export type CommandHandlers = {
  [N in EngineCommandName]: (docker: Docker, args: AgentCommandArgs<N>) => Promise<AgentCommandOutput<N>>;
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
  "service.list": (docker) => listServices(docker),
  "service.inspect": (docker, { id }) => inspectService(docker, id),
  "service.create": (docker, { spec }) => createService(docker, spec),
  "service.update": (docker, args) => updateService(docker, args),
  "service.scale": (docker, { id, replicas }) => scaleService(docker, id, replicas),
  "service.rollback": (docker, { id }) => rollbackService(docker, id),
  "service.remove": (docker, { id }) => removeService(docker, id),
  "task.list": (docker, args) => listTasks(docker, args),
  "stack.list": (docker) => listStacks(docker),
  "stack.services": (docker, { name }) => inspectStack(docker, name),
  "stack.deploy": (docker, request) => deployStack(docker, request),
  "stack.remove": (docker, { name }) => removeStack(docker, name),
  "swarm.info": (docker, request) => swarmInfo(docker, request),
  "swarm.init": (docker, request) => initSwarm(docker, request),
  "swarm.join": (docker, request) => joinSwarm(docker, request),
  "swarm.leave": (docker, request) => leaveSwarm(docker, request),
  "swarmNode.list": (docker) => listSwarmNodes(docker),
  "swarmNode.inspect": (docker, { id }) => inspectSwarmNode(docker, id),
  "swarmNode.update": (docker, update) => updateSwarmNode(docker, update),
  "secret.list": (docker) => listSecrets(docker),
  "secret.create": (docker, secret) => createSecret(docker, secret),
  "secret.remove": (docker, { id }) => removeSecret(docker, id),
  "config.list": (docker) => listConfigs(docker),
  "config.inspect": (docker, { id }) => inspectConfig(docker, id),
  "config.create": (docker, config) => createConfig(docker, config),
  "config.remove": (docker, { id }) => removeConfig(docker, id),
};
