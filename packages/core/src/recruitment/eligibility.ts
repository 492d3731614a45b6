import type { FieldError } from '../errors';
import { ageOn } from '../personnel/retirement';
import type { RecruitmentTrack } from './round';

/**
 * Whether an applicant meets a formasi's declared requirements (issue 12 §3: "education level and
 * major, maximum age on the round's reference date, and track conditions. Each unmet requirement is
 * named"), and whether the documents the formasi asks for are all in. Checked when the application
 * is submitted; the result is the list of what is unmet, each at the path of the requirement, with a
 * message the applicant can act on. Pure: the service passes in what it read.
 */

export interface ApplicantFacts {
  nik: string;
  birthDate: string;
  education: readonly { level: string; major: string; ipk?: number }[];
  disability?: { status: boolean } | null;
}

export interface FormationRequirements {
  track: RecruitmentTrack;
  educationRequirements: readonly { level: string; majors: readonly string[] }[];
  minIpk?: number;
  maxAge?: number;
  requiredDocuments: readonly { type: string; label: string }[];
}

/** The tenant's region, for the putra-putri-daerah track. */
export interface TenantRegion {
  level: 'provinsi' | 'kabupaten' | 'kota';
  /** The region's code: 2 digits for a province, 4 for a regency or city. */
  bpsCode: string;
}

/**
 * The lowest IPK of the cumlaude track when the formasi names none: a bachelor's "dengan pujian"
 * needs an IPK above 3.50 (Permendikbud 3/2020 art. 26(5)); a formasi may set its own `minIpk`.
 */
export const CUMLAUDE_MIN_IPK = 3.51;

/** Majors compare without case, spaces at the ends, or repeated spaces. */
const normaliseMajor = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The education entries that meet one of the formasi's education requirements: the same level, and
 * a listed major (an empty list accepts every major of that level).
 */
export function matchingEducation<E extends ApplicantFacts['education'][number]>(
  education: readonly E[],
  requirements: FormationRequirements['educationRequirements'],
): E[] {
  return education.filter((e) =>
    requirements.some(
      (r) =>
        r.level === e.level &&
        (r.majors.length === 0 || r.majors.some((m) => normaliseMajor(m) === normaliseMajor(e.major))),
    ),
  );
}

/**
 * Every unmet requirement, at its path: `education`, `minIpk`, `maxAge`, `track`, and
 * `documents.<type>` for each required document not yet accepted. Empty when the applicant may
 * submit.
 * - `maxAge` holds while the applicant's age in whole years on the reference date is at most it
 *   (the day they turn `maxAge + 1` is too late).
 * - The IPK is the best one among the educations that meet the requirements; one without an IPK
 *   does not meet a minimum.
 * - Tracks: `disabilitas` needs the disability status in the profile; `cumlaude` an IPK of at least
 *   `minIpk` or, when the formasi names none, `CUMLAUDE_MIN_IPK`; `putra-putri-daerah` a NIK issued
 *   in the tenant's region (its first 2 digits for a province, 4 for a regency or city: the NIK's
 *   region is where the KTP was issued, i.e. the domicile of record).
 */
export function unmetRequirements(
  applicant: ApplicantFacts,
  formation: FormationRequirements,
  round: { referenceDate: string },
  region: TenantRegion,
  acceptedDocumentTypes: ReadonlySet<string>,
): FieldError[] {
  const unmet: FieldError[] = [];
  const matching = matchingEducation(applicant.education, formation.educationRequirements);
  if (matching.length === 0) {
    const wanted = formation.educationRequirements
      .map((r) => (r.majors.length ? `${r.level} (${r.majors.join(', ')})` : r.level))
      .join('; ');
    unmet.push({ path: 'education', message: `no education in the profile meets the formasi's: ${wanted}` });
  }
  const ipks = matching.map((e) => e.ipk).filter((v): v is number => typeof v === 'number');
  const bestIpk = ipks.length ? Math.max(...ipks) : null;
  const minIpk = formation.minIpk ?? (formation.track === 'cumlaude' ? CUMLAUDE_MIN_IPK : undefined);
  if (minIpk !== undefined && matching.length > 0 && (bestIpk === null || bestIpk < minIpk)) {
    unmet.push({
      path: 'minIpk',
      message:
        bestIpk === null
          ? `an IPK of at least ${minIpk.toFixed(2)} is required, and the matching education has none`
          : `an IPK of at least ${minIpk.toFixed(2)} is required; the best matching one is ${bestIpk.toFixed(2)}`,
    });
  }
  if (formation.maxAge !== undefined) {
    const age = ageOn(applicant.birthDate, round.referenceDate);
    if (age > formation.maxAge)
      unmet.push({
        path: 'maxAge',
        message: `the applicant is ${age} on the reference date ${round.referenceDate}; the formasi allows at most ${formation.maxAge}`,
      });
  }
  if (formation.track === 'disabilitas' && applicant.disability?.status !== true)
    unmet.push({ path: 'track', message: 'the disabilitas track needs a disability status in the profile' });
  if (formation.track === 'putra-putri-daerah') {
    const digits = region.level === 'provinsi' ? 2 : 4;
    if (applicant.nik.slice(0, digits) !== region.bpsCode.slice(0, digits))
      unmet.push({
        path: 'track',
        message: "the putra-putri-daerah track needs a NIK issued in this region (its KTP's region code)",
      });
  }
  for (const doc of formation.requiredDocuments)
    if (!acceptedDocumentTypes.has(doc.type))
      unmet.push({ path: `documents.${doc.type}`, message: `${doc.label} is not uploaded yet` });
  return unmet;
}
