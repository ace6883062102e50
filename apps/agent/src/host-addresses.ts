/** Where this host can be reached: its interfaces' addresses, as an operator would look for them. */
import { networkInterfaces } from "node:os";
import { MAX_HOST_ADDRESSES, type HostAddress } from "@wheelhouse/protocol";

// Docker's own bridges (docker0, docker_gwbridge, one br-<network id> per network) are reachable
// only from this host and multiply with networks; they would bury the addresses that matter.
const DOCKER_BRIDGE = /^(docker0|docker_gwbridge|br-[0-9a-f]{12})$/;

export function hostAddresses(): HostAddress[] {
  return Object.entries(networkInterfaces())
    .filter(([name]) => !DOCKER_BRIDGE.test(name))
    .flatMap(([name, addresses]) =>
      (addresses ?? [])
        // Link-local IPv6 (fe80::/10) means nothing without the interface it is scoped to.
        .filter((a) => !a.internal && !(a.family === "IPv6" && /^fe[89ab]/i.test(a.address)))
        .map((a) => ({ interface: name, address: a.address })),
    )
    .slice(0, MAX_HOST_ADDRESSES);
}
