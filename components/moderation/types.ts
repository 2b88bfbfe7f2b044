// The plain data the moderation and stats components render; structurally the same as the shapes in
// db/moderation.ts and db/stats.ts, declared here because components never import the data layer.

export type FlagKind = 'burst' | 'network-burst' | 'shared-address' | 'never-saw-page' | 'sudden-shift';
export type FlagText = Record<FlagKind, string>;

export type ActivityRow = {
  id: number;
  title: string;
  votesLastHour: number;
  votesLastDay: number;
  votes: number;
  removedVotes: number;
  average: number | null;
  locked: boolean;
  flaggedVotes: number;
};

export type VoteRowData = {
  id: number;
  votedAt: number;
  stars: number;
  reader: string;
  address: string;
  userAgentFamily: string;
  sawPage: boolean;
  removedAt: number | null;
  removedByActionId: number | null;
  flags: FlagKind[];
};

export type FormState = {
  errors: Record<string, string[]>;
  message: string;
  ok?: boolean;
};

export type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

export function formatAverage(average: number | null): string {
  return average === null ? '–' : average.toFixed(2);
}
