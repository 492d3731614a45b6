import * as z from 'zod';

/** ASN development target of 20 JP (lesson hours) a year; a default for a later tenant setting. */
export const JP_TARGET_PER_YEAR = 20;

export const TRAINING_TYPES = ['PKA', 'PKP', 'PIM', 'TEKNIS', 'FUNGSIONAL', 'TI', 'LAINNYA'] as const;
export const trainingTypeSchema = z.enum(TRAINING_TYPES);
export type TrainingType = z.infer<typeof trainingTypeSchema>;

/** PKA and PKP (leadership training for administrator and pengawas) and the older PIM they replaced. */
export const isLeadershipTraining = (type: TrainingType): boolean =>
  type === 'PKA' || type === 'PKP' || type === 'PIM';

interface CompetencyLevel {
  code: string;
  level: number;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function highest(list: readonly CompetencyLevel[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of list) map.set(c.code, Math.max(map.get(c.code) ?? Number.NEGATIVE_INFINITY, c.level));
  return map;
}

/**
 * Applies the levels gained in training: a level only rises (a refresher below the current level does not
 * erase what was assessed before), new codes are added, duplicates collapse to their highest level.
 * Output sorted by code.
 */
export function mergeCompetencies(
  current: readonly CompetencyLevel[],
  gained: readonly CompetencyLevel[],
): { merged: CompetencyLevel[]; raised: { code: string; from: number | null; to: number }[] } {
  const merged = highest(current);
  const raised: { code: string; from: number | null; to: number }[] = [];
  for (const [code, level] of [...highest(gained)].sort(([a], [b]) => byString(a, b))) {
    const from = merged.get(code);
    if (from !== undefined && from >= level) continue;
    merged.set(code, level);
    raised.push({ code, from: from ?? null, to: level });
  }
  return {
    merged: [...merged].sort(([a], [b]) => byString(a, b)).map(([code, level]) => ({ code, level })),
    raised,
  };
}

export interface JpProgress {
  total: number;
  target: number;
  remaining: number;
  /** Integer percent, rounded down so 99.9% is not shown as 100 before the target is met; capped at 100. */
  percent: number;
  met: boolean;
}

export function jpProgress(totalJp: number, target: number = JP_TARGET_PER_YEAR): JpProgress {
  if (!Number.isFinite(totalJp) || totalJp < 0) throw new RangeError(`Invalid JP total: ${totalJp}`);
  if (!Number.isFinite(target) || target < 0) throw new RangeError(`Invalid JP target: ${target}`);
  const percent = target === 0 ? 100 : Math.min(100, Math.floor((totalJp * 100) / target));
  return {
    total: totalJp,
    target,
    remaining: Math.max(0, target - totalJp),
    percent,
    met: totalJp >= target,
  };
}
