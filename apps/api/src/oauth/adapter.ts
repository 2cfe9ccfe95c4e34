/**
 * oidc-provider's storage: every model in PostgreSQL (no in-memory store), so any replica serves
 * any request. Clients come from the applications (read on each request), refresh tokens from
 * `refresh_tokens`, everything else from `oauth_artifacts`. Each call runs in a fresh unit of work.
 * Consuming is a compare-and-set: of two requests spending one code or refresh token at once, the
 * second fails with invalid_grant before anything is issued to it.
 */

function consumed(won: boolean): void {
  if (!won) throw new errors.InvalidGrant("grant request is invalid (already used)");
}
import { errors, type Adapter, type AdapterFactory, type AdapterPayload } from "oidc-provider";
import {
  consumeArtifact,
  consumeRefreshToken,
  destroyArtifact,
  destroyRefreshToken,
  findArtifact,
  findArtifactByUid,
  findRefreshToken,
  revokeArtifactsByGrant,
  revokeRefreshTokensByGrant,
  upsertArtifact,
  upsertRefreshToken,
  type Database,
  type EntityManager,
} from "@roster/db";
import type { ClientMetadataSource } from "./client-metadata.js";

class ArtifactAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly em: () => EntityManager,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    await upsertArtifact(this.em(), this.model, id, payload, expiresIn);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return (await findArtifact(this.em(), this.model, id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return (await findArtifactByUid(this.em(), this.model, uid));
  }

  /** Device flow is not offered. */
  findByUserCode(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  async consume(id: string): Promise<void> {
    consumed(await consumeArtifact(this.em(), this.model, id));
  }

  async destroy(id: string): Promise<void> {
    await destroyArtifact(this.em(), this.model, id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await revokeArtifactsByGrant(this.em(), this.model, grantId);
  }
}

class RefreshTokenAdapter extends ArtifactAdapter {
  constructor(private readonly fork: () => EntityManager) {
    super("RefreshToken", fork);
  }

  override async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    await upsertRefreshToken(this.fork(), id, payload, expiresIn);
  }

  override async find(id: string): Promise<AdapterPayload | undefined> {
    return (await findRefreshToken(this.fork(), id));
  }

  override findByUid(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  override async consume(id: string): Promise<void> {
    consumed(await consumeRefreshToken(this.fork(), id));
  }

  override async destroy(id: string): Promise<void> {
    await destroyRefreshToken(this.fork(), id);
  }

  override async revokeByGrantId(grantId: string): Promise<void> {
    await revokeRefreshTokensByGrant(this.fork(), grantId);
  }
}

/** Clients are applications: read-only here (no dynamic registration). */
class ClientAdapter extends ArtifactAdapter {
  constructor(private readonly clients: ClientMetadataSource) {
    super("Client", () => {
      throw new Error("Clients are not stored through the adapter.");
    });
  }

  override async find(id: string): Promise<AdapterPayload | undefined> {
    return (await this.clients(id));
  }

  override upsert(): Promise<void> {
    return Promise.reject(new Error("Clients are managed as applications."));
  }

  override destroy(): Promise<void> {
    return Promise.reject(new Error("Clients are managed as applications."));
  }
}

export function postgresAdapter(database: Database, clients: ClientMetadataSource): AdapterFactory {
  const fork = () => database.fork();
  return (name) => {
    if (name === "Client") return new ClientAdapter(clients);
    if (name === "RefreshToken") return new RefreshTokenAdapter(fork);
    return new ArtifactAdapter(name, fork);
  };
}
