/**
 * The two writes of a service, create and update, keeping Docker's whole answer: dockerode's
 * createService drops the warnings Docker returns (an image it could not pin, for one).
 */
import type Docker from "dockerode";

interface WriteAnswer {
  ID?: string;
  Warnings?: string[] | null;
}

export async function postServiceCreate(docker: Docker, spec: Docker.ServiceSpec): Promise<{ id: string; warnings: string[] }> {
  const answer = await post(docker, "/services/create", { _body: spec });
  return { id: answer.ID ?? "", warnings: answer.Warnings ?? [] };
}

/** `version` is the Version.Index the change was made against; Docker refuses it once the service has moved on. */
export async function postServiceUpdate(
  docker: Docker,
  id: string,
  version: number,
  spec: Docker.ServiceSpec,
  rollback?: "previous",
): Promise<{ warnings: string[] }> {
  const query = rollback ? { version, rollback } : { version };
  const answer = await post(docker, `/services/${encodeURIComponent(id)}/update?`, { _query: query, _body: spec });
  return { warnings: answer.Warnings ?? [] };
}

function post(docker: Docker, path: string, options: { _query?: object; _body: Docker.ServiceSpec }): Promise<WriteAnswer> {
  return new Promise((resolve, reject) => {
    docker.modem.dial({ path, method: "POST", options, statusCodes: { 200: true, 201: true } }, (error, data) =>
      error ? reject(error) : resolve((data ?? {}) as WriteAnswer),
    );
  });
}
