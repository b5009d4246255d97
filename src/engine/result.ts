/**
 * The result of scoring a dataset: plain data that serialises to JSON, decimals as strings.
 *
 * @module
 */
import type { CellMark, Construction } from '../pipeline/construction.js';
import type { AggregationMethod, Direction, Label, NormalisationMethod, Ranking, Rounding } from '../model/framework.js';

/** One node of the framework as the result describes it. */
export interface NodeInfo {
  /** The node's id, unique in the framework. */
  readonly id: string;
  /** `indicator` (a leaf) or `aggregate` (index, pillar, sub-index). */
  readonly kind: 'indicator' | 'aggregate';
  /** The parent's id; `null` for the top index. */
  readonly parent: string | null;
  /** 0 for the top index, 1 for its children, and so on. */
  readonly depth: number;
  /** Labels, as the framework gives them. */
  readonly label?: Label;
  /** The weight within the parent, as written. */
  readonly weight: number;
  /** The normalisation (indicators) or aggregation (aggregates) method. */
  readonly method: NormalisationMethod | AggregationMethod;
  /** Whether higher or lower is better. */
  readonly direction: Direction;
  /** The children's ids (aggregates only). */
  readonly children?: readonly string[];
  /**
   * Criteria-counting (`count`) aggregates: the value, on the 0–1 scale of normalised values, a
   * child must reach to count as met (the framework's `threshold`, 1 by default).
   */
  readonly threshold?: string;
}

/** One unit's figures at one node. */
export interface NodeScore {
  /** Indicators: the value as given (text, exactly). `null` when missing. */
  readonly raw?: string | null;
  /** Indicators with a denominator: the value after dividing (e.g. per 100 inhabitants). */
  readonly value?: string | null;
  /** Indicators: the normalised score (0–1 for bounded methods), full precision. */
  readonly normalised?: string | null;
  /**
   * The score on the framework's scale, full precision (40 significant digits): for an aggregate its
   * score, for an indicator its normalised value × the scale (so a DESI indicator reads 0–100 too).
   */
  readonly score?: string | null;
  /** The score rounded once, as the framework publishes it. */
  readonly published?: string | null;
  /**
   * Points earned: for an aggregate that sums points, score × points available; for an indicator
   * whose parent sums points, normalised × its maximum points (a DTI component's points).
   */
  readonly points?: string | null;
  /** Aggregates that count criteria: how many were met. */
  readonly met?: number | null;
  /** Aggregates with bands: the label of the band reached. */
  readonly band?: string | null;
  /**
   * Indicators of a framework with construction steps: what the steps did to this value
   * (`imputed`, `treated`); left out when they changed nothing. `value` is then the value the
   * normalisation read, `raw` the value as given.
   */
  readonly marks?: readonly CellMark[];
  /** Rank among the ranked units (1 = best); `null` when the unit is not ranked or has no value. */
  readonly rank: number | null;
  /** Rank within each group key asked for (e.g. `{ region: 3 }`). */
  readonly groupRanks?: Readonly<Record<string, number | null>>;
}

/** One unit's result. */
export interface UnitResult {
  readonly id: string;
  readonly name?: string;
  readonly groups: Readonly<Record<string, string>>;
  readonly year?: number;
  /** Whether the unit takes part in ranks (an "EU" row is scored, not ranked). */
  readonly ranked: boolean;
  /** Figures by node id, for every indicator and aggregate. */
  readonly nodes: Readonly<Record<string, NodeScore>>;
}

/** What the engine did about missing data for one unit at one aggregate. */
export interface MissingDataNote {
  readonly unit: string;
  readonly node: string;
  /** Children with no value. */
  readonly missing: readonly string[];
  /**
   * `reweighted`: the present children shared the weight; `counted-as-zero`: missing children
   * scored 0; `dropped`: too little data (below `minShare`), so the node has no score.
   */
  readonly action: 'reweighted' | 'counted-as-zero' | 'dropped';
  /** Share of the children present (by count, or by weight with `basis: "weight"`), as a decimal string. */
  readonly presentShare: string;
  /**
   * After `mergeResultTo34`: the former unit (its id) the engine wrote this note for; `unit`
   * is then the new province it is part of.
   */
  readonly formerUnit?: string;
  /**
   * After `mergeResultTo34`, `former-units` for the merger's own notes: `missing` lists the
   * former units with no value at the node, and the new province's value is the mean of those
   * present (`reweighted`) or there is none (`dropped`); `presentShare` is the share present (by
   * population when the mean is population-weighted).
   */
  readonly among?: 'children' | 'former-units';
}

/** The result of scoring a dataset with a framework. */
export interface ScoreResult {
  /** The framework's identity and the rules the result was computed with. */
  readonly framework: {
    readonly id: string;
    readonly name: string;
    readonly edition?: string;
    readonly year?: number;
    readonly scale: number;
    readonly rounding: Rounding;
    readonly ranking: Ranking;
  };
  /** Significant digits of every full-precision figure. */
  readonly precision: number;
  /** The dataset's id and year, when it has them. */
  readonly dataset: { readonly id?: string; readonly year?: number };
  /** The top index's id. */
  readonly root: string;
  /** Every node, parents before children. */
  readonly nodes: readonly NodeInfo[];
  /** Every unit, in the dataset's order. */
  readonly units: readonly UnitResult[];
  /** Every place where data were missing and what was done about it. */
  readonly missing: readonly MissingDataNote[];
  /** Units without a rank at the top index, and why. */
  readonly unranked: readonly { readonly unit: string; readonly reason: string }[];
  /**
   * Frameworks with construction steps (`framework.steps`): what each step did — units screened
   * out, cells imputed and treated, indicators denominated — in the order the steps ran.
   */
  readonly construction?: Construction;
}
