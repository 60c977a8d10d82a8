/**
 * Input and output shapes of the opinion-group computation.
 *
 * Everything in the output is plain data (strings, numbers, arrays, objects)
 * so that a snapshot can be stored as JSON and compared byte for byte.
 */

/** A vote: 1 agree, -1 disagree, 0 pass. */
export type VoteValue = 1 | -1 | 0;

/** One vote event; a later event for the same participant and statement replaces an earlier one. */
export interface VoteInput {
  participantId: string;
  statementId: string;
  vote: VoteValue;
  /** Time of the vote (any monotone number, e.g. epoch ms); orders re-votes. */
  at?: number;
}

/** A statement known to the conversation. */
export interface StatementInput {
  id: string;
  /** Moderated out (or meta): zeroed for the map and never chosen as representative. */
  moderatedOut?: boolean;
}

/** Everything the computation reads. */
export interface OpinionGroupsInput {
  votes: readonly VoteInput[];
  statements: readonly StatementInput[];
}

/** Tuning knobs; the defaults are Polis's published values. */
export interface OpinionGroupsOptions {
  /** Seed for every random choice (k-means initialisation). */
  seed: number;
  /** Number of base clusters (Polis: 100). */
  baseClusters?: number;
  /** Largest number of opinion groups considered (Polis: 5). */
  maxGroups?: number;
  /** Participants are always included up to this many (Polis: 15). */
  minimumParticipants?: number;
  /** Votes a participant needs, capped by the number of statements (Polis: 7). */
  minimumVotes?: number;
  /**
   * Replay Polis's history of updates by vote time (opinion-history.ts; default true);
   * false: cluster the final votes once (the computation before the replay, kept for comparison).
   */
  history?: boolean;
  /**
   * For conversations imported from Polis: when every vote is older than this (epoch ms), every voter is
   * admitted, as Polis's math did then (opinion-history.ts EVERY_VOTER_BEFORE; absent or null: never).
   */
  everyVoterBefore?: number | null;
  /** The previous snapshot's groups: new groups keep their ids where the members clearly match (group-names.ts). */
  previousGroups?: ReadonlyArray<{ id: number; members: readonly string[] }>;
}

/** Vote counts and derived statistics of one group on one statement. */
export interface GroupStatementStats {
  statementId: string;
  /** Agrees, disagrees and all votes (passes included) of the group's members. */
  agrees: number;
  disagrees: number;
  seen: number;
  /** Laplace-smoothed probability of agreeing / disagreeing: (n+1)/(seen+2). */
  pa: number;
  pd: number;
  /** One-proportion z-tests of pa and pd against one half. */
  pat: number;
  pdt: number;
  /** Representativeness: pa (pd) relative to the same probability outside the group. */
  ra: number;
  rd: number;
  /** Two-proportion z-tests of the group against everyone else in a group. */
  rat: number;
  rdt: number;
  /** The side on which the statement tells the group apart. */
  repfulFor: 'agree' | 'disagree';
}

/** A statement chosen to represent a group, in Polis's field vocabulary. */
export interface RepresentativeStatement {
  statementId: string;
  repfulFor: 'agree' | 'disagree';
  /** Agrees (or disagrees) in the group, and the group's votes on it. */
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
  repness: number;
  repnessTest: number;
  /** Set on the group's best agreed statement, which Polis always lists first. */
  bestAgree?: true;
  /** Agrees in the group; given with bestAgree. */
  nAgree?: number;
}

/** A statement that the whole conversation agrees (or disagrees) with. */
export interface ConsensusStatement {
  statementId: string;
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
}

/** A statement on which groups take opposite sides. */
export interface DivisiveStatement {
  statementId: string;
  /** Half the gap between the most and least agreeing group's stance; in [0, 1). */
  divisiveness: number;
  /** Group leaning most towards agree, and its stance (pa - pd). */
  mostAgreeingGroup: number;
  mostAgreeingStance: number;
  /** Group leaning most towards disagree, and its stance. */
  mostDisagreeingGroup: number;
  mostDisagreeingStance: number;
}

/** Representativeness, consensus and divisiveness for a given group membership. */
export interface GroupStatementAnalysis {
  /** Per group (in group order): statistics for every statement, then the chosen ones. */
  repness: Array<{
    groupId: number;
    stats: GroupStatementStats[];
    representative: RepresentativeStatement[];
  }>;
  consensus: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
  /** Product over groups of (agrees+1)/(seen+2), for every statement in the matrix. */
  groupAwareConsensus: Array<{ statementId: string; value: number }>;
  divisive: DivisiveStatement[];
}

/** One base cluster: a small clump of nearby participants. */
export interface BaseClusterSnapshot {
  id: number;
  members: string[];
  x: number;
  y: number;
}

/** One opinion group. */
export interface GroupSnapshot {
  id: number;
  members: string[];
  baseClusterIds: number[];
  x: number;
  y: number;
}

/**
 * Why a conversation has no opinion map (then no one is grouped and no one is
 * placed): no votes; fewer than two voters; votes on fewer than two statements
 * that are not moderated out.
 */
export type EmptyMapReason = 'noVotes' | 'oneParticipant' | 'oneStatement' | 'allModeratedOut';

/** The full, JSON-serialisable result of computeOpinionGroups. */
export interface OpinionGroupsSnapshot extends GroupStatementAnalysis {
  seed: number;
  /** Set only when there is no map; absent otherwise (so ordinary snapshots keep their bytes). */
  emptyReason?: EmptyMapReason;
  /** Statements that received votes, in matrix order. */
  statementIds: string[];
  participants: { included: string[]; excluded: string[] };
  pca: {
    center: number[];
    components: [number[], number[]];
    /** Eigenvalues of the covariance (sum of squares, not divided by n). */
    eigenvalues: [number, number];
  };
  /** Every voter's position on the map (included or not), by participant id order. */
  projections: Array<{ participantId: string; x: number; y: number }>;
  baseClusters: BaseClusterSnapshot[];
  /** Silhouette of each number of groups tried; the best one was chosen. */
  groupCountSilhouettes: Array<{ k: number; silhouette: number }>;
  groups: GroupSnapshot[];
}
