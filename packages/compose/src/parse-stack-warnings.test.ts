import { describe, expect, it } from "vitest";
import { parseStack } from "./parse-stack.ts";

function deploy(yaml: string) {
  const result = parseStack(yaml, "demo");
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe("parseStack warnings", () => {
  it("deploys without the options swarm ignores, naming each", () => {
    const { warnings } = deploy("version: '3'\nname: shop\nservices:\n  web:\n    image: nginx\n    build: .\n    container_name: web\n    depends_on: [db]\n    privileged: true\n");
    expect(warnings).toEqual([
      "name: ignored; the stack is named when it is deployed",
      expect.stringMatching(/^services\.web\.build: ignored; swarm deploys images/),
      expect.stringMatching(/^services\.web\.container_name: ignored; swarm names each task's container/),
      expect.stringMatching(/^services\.web\.depends_on: ignored; swarm starts services in no particular order/),
      "services.web.privileged: ignored; swarm services don't have it",
    ]);
  });

  it("keeps variables as written and warns, but turns $$ into $ as docker does", () => {
    const { stack, warnings } = deploy(
      'services:\n  web:\n    image: "nginx:${TAG:-latest}"\n    environment:\n      HOME_DIR: $$HOME\n    healthcheck:\n      test: ["CMD-SHELL", "test -n \\"$$HOSTNAME\\""]\n',
    );
    const container = stack.services[0]?.TaskTemplate.ContainerSpec;
    expect(container?.Image).toBe("nginx:${TAG:-latest}");
    expect(container?.Env).toEqual(["HOME_DIR=$HOME"]);
    expect(container?.Healthcheck?.Test).toEqual(["CMD-SHELL", 'test -n "$HOSTNAME"']);
    expect(warnings).toEqual(["services.web.image: ${TAG:-latest} kept as written: Wheelhouse doesn't substitute variables (write $$ for a literal $)"]);
  });

  it("warns about variables left to the deploying shell, and passes them on bare as docker does", () => {
    const { stack, warnings } = deploy("services:\n  web:\n    image: nginx\n    environment:\n      - API_KEY\n      - MODE=prod\n");
    expect(stack.services[0]?.TaskTemplate.ContainerSpec.Env).toEqual(["API_KEY", "MODE=prod"]);
    expect(warnings).toEqual([expect.stringMatching(/^services\.web\.environment\[0\]: API_KEY has no value: docker stack deploy would take it from the deploying shell/)]);
  });

  it("ignores x- extension fields wherever compose allows them", () => {
    const { warnings } = deploy("x-base: &base\n  image: nginx\nservices:\n  web:\n    <<: *base\n    x-note: ${NOT_A_VARIABLE}\n");
    expect(warnings).toEqual([]);
  });
});
