/** What the main thread sends the layout worker: the graph reduced to ids and sizes. */
export interface LayoutRequest {
  /** `parent`: the compound node (a group box, itself in the list) the node lies in. */
  readonly nodes: readonly { readonly id: string; readonly size: number; readonly parent?: string }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
  readonly plan: LayoutPlan;
}

/** What it sends back: a position per node id, or the error that stopped it. */
export type LayoutResponse =
  | { readonly ok: true; readonly positions: Record<string, { x: number; y: number }>; readonly milliseconds: number }
  | { readonly ok: false; readonly message: string };

/** fcose options that depend on the graph's size (layoutPlanFor.ts). */
export interface LayoutPlan {
  readonly seed: number;
  readonly quality: 'draft' | 'default' | 'proof';
  readonly numIter: number;
  readonly nodeRepulsion: number;
  readonly idealEdgeLength: number;
  readonly nodeSeparation: number;
  readonly sampleSize: number;
}

/** Padding of a group box around its members, in model units: drawn (networkStyle.ts) and laid out (layoutWorker.ts). */
export const GROUP_PADDING = 22;
