/** What a 通报 (notification of assessment results) shows; the PDF and the workbook render it. */
export interface AssessmentBulletinRow {
  rank: number | null;
  tied: boolean;
  unit: string;
  peerGroup: string;
  total: number | null;
  components: number[];
  grade: string | null;
  vetoed: boolean;
  vetoReasons: string[];
  prevTotal: number | null;
  prevRank: number | null;
  /** total − previous total; previous rank − rank (positive: moved up). */
  scoreChange: number | null;
  rankChange: number | null;
}

export interface AssessmentBulletinData {
  title: string;
  issuer: string;
  /** 文号 (考核〔2026〕1号), assigned when a version is published; null for a draft. */
  docNumber: string | null;
  planName: string;
  year: number;
  versionNumber: number;
  /** null: not yet published — the document is marked as a draft for review. */
  publishedAt: Date | null;
  gradeRule: string;
  components: { name: string; weight: number }[];
  gradeCounts: { name: string; count: number }[];
  rows: AssessmentBulletinRow[];
  problems: { unit: string; description: string; requirement: string | null; task: string | null }[];
  /** Per unit and indicator (the workbook's detail sheet). */
  indicators: { key: string; name: string; component: string; maxScore: number }[];
  itemScores: { unit: string; scores: Record<string, number | null> }[];
}

/** A change with its sign and a fixed number of decimals (+7.60, −1, 0.00), so a column reads evenly. */
export const signedChange = (v: number | null, digits = 0) => (v === null ? '—' : v > 0 ? `+${v.toFixed(digits)}` : v < 0 ? `-${(-v).toFixed(digits)}` : (0).toFixed(digits));
export const assessmentRankText = (r: { rank: number | null; tied: boolean }) => (r.rank === null ? '—' : `${r.rank}${r.tied ? '（并列）' : ''}`);
