import { EntitySchema, type Opt } from "@mikro-orm/core";

export type TFlowDesignation = "authentication" | "recovery" | "invalidation" | "authorization" | "stage_configuration" | "enrollment";

export class Flow {
  id!: string;
  slug!: string;
  name!: string;
  title: string & Opt = "";
  designation!: TFlowDesignation;
  createdAt: Date & Opt = new Date();
}

export const FlowSchema = new EntitySchema<Flow>({
  class: Flow,
  tableName: "flows",
  properties: {
    id: { type: "uuid", primary: true },
    slug: { type: "text" },
    name: { type: "text" },
    title: { type: "text" },
    designation: { type: "text" },
    createdAt: { type: "datetime" },
  },
});

export class Stage {
  id!: string;
  name!: string;
  type!: string;
  settings: Record<string, unknown> & Opt = {};
  /** Who last set the settings: they vouch for the groups the stage grants (stage-grants.ts). */
  configuredById: (string & Opt) | null = null;
  createdAt: Date & Opt = new Date();
}

export const StageSchema = new EntitySchema<Stage>({
  class: Stage,
  tableName: "stages",
  properties: {
    id: { type: "uuid", primary: true },
    name: { type: "text" },
    type: { type: "text" },
    settings: { type: "json" },
    configuredById: { type: "uuid", nullable: true },
    createdAt: { type: "datetime" },
  },
});

export class FlowStageBinding {
  id!: string;
  flowId!: string;
  stageId!: string;
  order!: number;
}

export const FlowStageBindingSchema = new EntitySchema<FlowStageBinding>({
  class: FlowStageBinding,
  tableName: "flow_stage_bindings",
  properties: {
    id: { type: "uuid", primary: true },
    flowId: { type: "uuid" },
    stageId: { type: "uuid" },
    order: { type: "integer" },
  },
});

/** One browser's progress through one flow: which step, which user, what it answered so far. */
export class FlowState {
  id!: string;
  keyHash!: string;
  flowId!: string;
  userId: string | null = null;
  step: number & Opt = 0;
  data: Record<string, unknown> & Opt = {};
  createdAt: Date & Opt = new Date();
  expires!: Date;
}

export const FlowStateSchema = new EntitySchema<FlowState>({
  class: FlowState,
  tableName: "flow_states",
  properties: {
    id: { type: "uuid", primary: true },
    keyHash: { type: "text" },
    flowId: { type: "uuid" },
    userId: { type: "uuid", nullable: true },
    step: { type: "integer" },
    data: { type: "json" },
    createdAt: { type: "datetime" },
    expires: { type: "datetime" },
  },
});
