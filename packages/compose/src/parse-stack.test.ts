import { describe, expect, it } from "vitest";
import type { DockerServiceSpec } from "./docker-service-spec.ts";
import { parseStack } from "./parse-stack.ts";

const shop = `
version: "3.8"

x-logging: &default-logging
  driver: json-file
  options:
    max-size: 10m
    max-file: 3

services:
  web:
    image: registry.example.com/shop/web:2.4.1
    command: ["gunicorn", "--bind", "0.0.0.0:8000", "shop.wsgi"]
    environment:
      WORKERS: 4
      DATABASE_HOST: db
      DEBUG: false
    labels:
      com.example.role: frontend
    ports:
      - "80:8000"
      - target: 8443
        published: 443
        mode: host
    networks:
      frontend:
        aliases: [shop]
      backend:
    deploy:
      replicas: 4
      labels:
        com.example.tier: web
      placement:
        preferences:
          - spread: node.labels.rack
      update_config:
        parallelism: 2
        delay: 10s
        failure_action: rollback
        order: start-first
      rollback_config:
        parallelism: 0
        monitor: 1m30s
      restart_policy:
        condition: on-failure
        delay: 5s
        max_attempts: 3
        window: 2m
      resources:
        limits:
          cpus: "0.5"
          memory: 512M
        reservations:
          cpus: 0.25
          memory: 128M
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
      interval: 30s
      timeout: 5s
      retries: 3
      start_period: 1m
    logging: *default-logging
    stop_grace_period: 1m30s

  db:
    image: postgres:16
    hostname: db
    user: postgres
    environment:
      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password
      - POSTGRES_DB=shop
    volumes:
      - dbdata:/var/lib/postgresql/data
      - type: tmpfs
        target: /dev/shm
        tmpfs:
          size: 256m
    networks: [backend]
    secrets: [db_password]
    deploy:
      placement:
        constraints:
          - node.labels.db == true
          - node.role != manager

  worker:
    image: registry.example.com/shop/worker:2.4.1
    entrypoint: python -m shop.worker
    command: --queue default --concurrency 8
    working_dir: /app
    user: "1000:1000"
    networks: [backend]
    secrets:
      - stripe_key
      - source: db_password
        target: db.pass
        uid: "1000"
        gid: "1000"
        mode: 0400
    configs:
      - source: worker_config
        target: /etc/shop/worker.toml
    deploy:
      mode: global
    logging:
      driver: syslog
      options:
        syslog-address: "udp://logs.example.com:514"
    healthcheck:
      test: pgrep -f shop.worker
      interval: 1m

networks:
  frontend:
    attachable: true
  backend:
    driver_opts:
      encrypted: "true"
  unused:

volumes:
  dbdata:
    driver: local
    labels:
      com.example.backup: nightly

secrets:
  db_password:
    external: true
  stripe_key:
    external: true
    name: prod_stripe_key

configs:
  worker_config:
    external: true
`;

function deployed() {
  const result = parseStack(shop, "shop");
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  const service = (name: string): DockerServiceSpec => {
    const found = result.stack.services.find((spec) => spec.Name === name);
    if (!found) throw new Error(`no service ${name}`);
    return found;
  };
  return { ...result, service };
}

describe("parseStack on a realistic file", () => {
  it("names and labels every service as docker stack deploy does, without warnings", () => {
    const { stack, warnings, service } = deployed();
    expect(warnings).toEqual([]);
    expect(stack.services.map((spec) => spec.Name)).toEqual(["shop_web", "shop_db", "shop_worker"]);
    expect(service("shop_web").Labels).toEqual({
      "com.example.tier": "web",
      "com.docker.stack.namespace": "shop",
      "com.docker.stack.image": "registry.example.com/shop/web:2.4.1",
    });
    expect(service("shop_web").TaskTemplate.ContainerSpec.Labels).toEqual({ "com.example.role": "frontend", "com.docker.stack.namespace": "shop" });
  });

  it("builds the web service: ports, replicas with a spread preference, policies and resources", () => {
    const web = deployed().service("shop_web");
    const container = web.TaskTemplate.ContainerSpec;
    expect(container.Image).toBe("registry.example.com/shop/web:2.4.1");
    expect(container.Command).toBeUndefined();
    expect(container.Args).toEqual(["gunicorn", "--bind", "0.0.0.0:8000", "shop.wsgi"]);
    expect(container.Env).toEqual(["DATABASE_HOST=db", "DEBUG=false", "WORKERS=4"]);
    expect(container.StopGracePeriod).toBe(90e9);
    expect(container.Healthcheck).toEqual({ Test: ["CMD", "curl", "-f", "http://localhost:8000/health"], Interval: 30e9, Timeout: 5e9, Retries: 3, StartPeriod: 60e9 });
    expect(web.Mode).toEqual({ Replicated: { Replicas: 4 } });
    expect(web.TaskTemplate.Placement?.Preferences).toEqual([{ Spread: { SpreadDescriptor: "node.labels.rack" } }]);
    expect(web.EndpointSpec).toEqual({
      Mode: "vip",
      Ports: [
        { Protocol: "tcp", TargetPort: 8000, PublishedPort: 80, PublishMode: "ingress" },
        { Protocol: "tcp", TargetPort: 8443, PublishedPort: 443, PublishMode: "host" },
      ],
    });
    expect(web.TaskTemplate.Networks).toEqual([
      { Target: "shop_backend", Aliases: ["web"] },
      { Target: "shop_frontend", Aliases: ["shop", "web"] },
    ]);
    expect(web.UpdateConfig).toMatchObject({ Parallelism: 2, Delay: 10e9, FailureAction: "rollback", Order: "start-first" });
    expect(web.RollbackConfig).toMatchObject({ Parallelism: 0, Monitor: 90e9 });
    expect(web.TaskTemplate.RestartPolicy).toEqual({ Condition: "on-failure", Delay: 5e9, MaxAttempts: 3, Window: 120e9 });
    expect(web.TaskTemplate.Resources).toEqual({
      Limits: { NanoCPUs: 5e8, MemoryBytes: 536870912 },
      Reservations: { NanoCPUs: 2.5e8, MemoryBytes: 134217728 },
    });
    expect(web.TaskTemplate.LogDriver).toEqual({ Name: "json-file", Options: { "max-size": "10m", "max-file": "3" } });
  });

  it("builds the database: its declared volume, a tmpfs, a secret and placement constraints", () => {
    const db = deployed().service("shop_db");
    const container = db.TaskTemplate.ContainerSpec;
    expect(container.Mounts).toEqual([
      {
        Type: "volume",
        Source: "shop_dbdata",
        Target: "/var/lib/postgresql/data",
        VolumeOptions: { Labels: { "com.example.backup": "nightly", "com.docker.stack.namespace": "shop" }, DriverConfig: { Name: "local" } },
      },
      { Type: "tmpfs", Target: "/dev/shm", TmpfsOptions: { SizeBytes: 268435456 } },
    ]);
    expect(container.Secrets).toEqual([{ SecretName: "db_password", File: { Name: "db_password", UID: "0", GID: "0", Mode: 0o444 } }]);
    expect(container).toMatchObject({ User: "postgres", Hostname: "db", Env: ["POSTGRES_DB=shop", "POSTGRES_PASSWORD_FILE=/run/secrets/db_password"] });
    expect(db.TaskTemplate.Placement?.Constraints).toEqual(["node.labels.db == true", "node.role != manager"]);
    expect(db.TaskTemplate.Networks).toEqual([{ Target: "shop_backend", Aliases: ["db"] }]);
    expect(db.Mode).toEqual({ Replicated: {} });
  });

  it("builds the worker: split command lines, secrets and configs in long syntax, global mode, syslog", () => {
    const worker = deployed().service("shop_worker");
    const container = worker.TaskTemplate.ContainerSpec;
    expect(container.Command).toEqual(["python", "-m", "shop.worker"]);
    expect(container.Args).toEqual(["--queue", "default", "--concurrency", "8"]);
    expect(container).toMatchObject({ Dir: "/app", User: "1000:1000" });
    expect(container.Secrets).toEqual([
      { SecretName: "db_password", File: { Name: "db.pass", UID: "1000", GID: "1000", Mode: 0o400 } },
      { SecretName: "prod_stripe_key", File: { Name: "stripe_key", UID: "0", GID: "0", Mode: 0o444 } },
    ]);
    expect(container.Configs).toEqual([{ ConfigName: "worker_config", File: { Name: "/etc/shop/worker.toml", UID: "0", GID: "0", Mode: 0o444 } }]);
    expect(container.Healthcheck).toMatchObject({ Test: ["CMD-SHELL", "pgrep -f shop.worker"], Interval: 60e9 });
    expect(worker.Mode).toEqual({ Global: {} });
    expect(worker.TaskTemplate.LogDriver).toEqual({ Name: "syslog", Options: { "syslog-address": "udp://logs.example.com:514" } });
  });

  it("lists the networks services attach to, the volumes, and the external secrets and configs", () => {
    const { stack } = deployed();
    expect(stack.networks).toEqual([
      { name: "shop_frontend", external: false, spec: expect.objectContaining({ Name: "shop_frontend", Driver: "overlay", Attachable: true, Labels: { "com.docker.stack.namespace": "shop" } }) },
      { name: "shop_backend", external: false, spec: expect.objectContaining({ Name: "shop_backend", Driver: "overlay", Options: { encrypted: "true" } }) },
    ]);
    expect(stack.volumes).toEqual([
      { name: "shop_dbdata", external: false, driver: "local", labels: { "com.example.backup": "nightly", "com.docker.stack.namespace": "shop" } },
    ]);
    expect(stack.secrets).toEqual([
      { name: "db_password", external: true },
      { name: "prod_stripe_key", external: true },
    ]);
    expect(stack.configs).toEqual([{ name: "worker_config", external: true }]);
  });
});

describe("parseStack defaults", () => {
  it("attaches a service naming no networks to the stack's default overlay network", () => {
    const result = parseStack("services:\n  app:\n    image: busybox\n", "demo");
    if (!result.ok) throw new Error("should deploy");
    expect(result.stack.services[0]?.TaskTemplate.Networks).toEqual([{ Target: "demo_default", Aliases: ["app"] }]);
    expect(result.stack.networks).toEqual([
      { name: "demo_default", external: false, spec: { Name: "demo_default", Driver: "overlay", Labels: { "com.docker.stack.namespace": "demo" } } },
    ]);
    expect(result.stack.services[0]).toMatchObject({ Mode: { Replicated: {} }, EndpointSpec: { Mode: "vip", Ports: [] } });
  });

  it("keeps external networks' and volumes' own names, unprefixed", () => {
    const result = parseStack(
      "services:\n  app:\n    image: busybox\n    networks: [proxy]\n    volumes: [certs:/certs:ro]\nnetworks:\n  proxy:\n    external: true\n    name: traefik_public\nvolumes:\n  certs:\n    external: true\n",
      "demo",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.stack.services[0]?.TaskTemplate.Networks).toEqual([{ Target: "traefik_public", Aliases: ["app"] }]);
    expect(result.stack.services[0]?.TaskTemplate.ContainerSpec.Mounts).toEqual([{ Type: "volume", Source: "certs", Target: "/certs", ReadOnly: true, VolumeOptions: {} }]);
    expect(result.stack.networks).toEqual([{ name: "traefik_public", external: true }]);
  });

  it("translates a service-level restart when deploy has no restart_policy", () => {
    const result = parseStack("services:\n  a:\n    image: busybox\n    restart: on-failure:5\n  b:\n    image: busybox\n    restart: \"no\"\n", "demo");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.stack.services.map((spec) => spec.TaskTemplate.RestartPolicy)).toEqual([{ Condition: "on-failure", MaxAttempts: 5 }, { Condition: "none" }]);
  });
});
