import {
  addSkpFeedbackSchema,
  assessSkpSchema,
  cascadeSkpItemsSchema,
  checkDistribution,
  createSkpSchema,
  DEFAULT_UNIT_HEAD_HASIL_KERJA,
  directSuperiorOf,
  feedbackRaterIssues,
  finaliseSkpAssessmentsSchema,
  instantAt,
  isManagerial,
  localDateOf,
  openFeedbackRoundSchema,
  organisationHeadedBy,
  type Predikat,
  parentHeadOf,
  predikatOf,
  rateOrganisationSchema,
  recordSkpRealisationSchema,
  skpPlanIssues,
  submitFeedbackSchema,
  unitHeadOf,
  updateSkpPlanSchema,
  validatePeriod,
} from '@pamong/core';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from './demo-data';
import { demoStaff, isDemoWorkingDay } from './demo-leave';
import { ADMIN, type DemoSkp, type DemoYear, demoOrg, demoPerformance, itemInput } from './demo-performance';
import { demoPersonnel } from './demo-personnel';

/** Mid-year, a Monday, today's kind of day, late December, early January (acts squeezed into the past). */
const DAYS = ['2026-07-15', '2026-03-02', '2026-12-06', '2026-12-28', '2027-01-04', '2026-01-05'];
const WIB = 'Asia/Jakarta';
/** A well-formed id for the bodies (the API makes the real ones). */
const ID = '01JAAAAAAAAAAAAAAAAAAAAAAA';

const cases = DAYS.flatMap((today) =>
  DEMO_TENANTS.map((t) => {
    const staff = demoStaff(demoPersonnel(t, today), t.demoAgencyCode);
    const agency = t.agencies.find((a) => a.code === t.demoAgencyCode)!;
    return { t, today, staff, org: demoOrg(agency.units, staff), plan: demoPerformance(t, staff, today) };
  }),
);
type Case = (typeof cases)[number];
const name = (c: Case) => `${c.t.slug} on ${c.today}`;
const linked = (c: Case, username: string) => c.staff.find((s) => s.linkedUsername === username)!.key;
const person = (c: Case, key: string) => {
  const s = c.staff.find((x) => x.key === key)!;
  return { id: s.key, unitId: s.unitName, positionType: s.positionType };
};
const superiorOf = (c: Case, key: string) => directSuperiorOf(person(c, key), c.org)?.employeeId ?? null;
const skpOf = (year: DemoYear, owner: string) => year.skps.find((s) => s.owner === owner);
const years = (c: Case) => [c.plan.lastYear, c.plan.thisYear];
const counts = (ps: Predikat[]) => {
  const out: Partial<Record<Predikat, number>> = {};
  for (const p of ps) out[p] = (out[p] ?? 0) + 1;
  return out;
};

describe('demoPerformance', () => {
  it('gives last year and this year an SKP to the head’s direct reports and their staff, each appraised by their direct superior', () => {
    for (const c of cases) {
      const kepala = linked(c, 'kepala');
      for (const year of years(c)) {
        expect(year.period, name(c)).toEqual({ start: `${year.year}-01`, end: `${year.year}-12` });
        expect(skpOf(year, kepala), `${name(c)}: the head has no appraiser, so no SKP`).toBeUndefined();
        for (const skp of year.skps) {
          const who = `${name(c)} ${year.year} ${skp.owner}`;
          expect(skp.appraiser, who).toBe(superiorOf(c, skp.owner));
          expect(skp.origin, who).toBe(skp.appraiser === kepala ? 'own' : 'cascade');
          expect(new Set(year.skps.map((s) => s.owner)).size).toBe(year.skps.length);
        }
        for (const u of ['atasan', 'pegawai']) expect(skpOf(year, linked(c, u)), name(c)).toBeDefined();
      }
      expect(c.plan.lastYear.year).toBe(Number(c.today.slice(0, 4)) - 1);
      // Last year: those in service on its first day.
      for (const skp of c.plan.lastYear.skps) {
        const tmt = c.staff.find((s) => s.key === skp.owner)!.tmtCpns!;
        expect(tmt <= `${c.plan.lastYear.year}-01-01`, name(c)).toBe(true);
      }
      expect(c.plan.lastYear.skps.length, name(c)).toBeGreaterThan(40);
    }
  });

  it('plans items the API accepts, each cascaded item under an item of the appraiser’s approved SKP', () => {
    for (const c of cases)
      for (const year of years(c)) {
        for (const skp of year.skps) {
          const who = `${name(c)} ${year.year} ${skp.owner}`;
          const appraiserSkp = skpOf(year, skp.appraiser);
          const ids = skp.items.map((_, i) => `item-${i}`);
          const issues = skpPlanIssues(
            {
              employeeId: skp.owner,
              period: skp.period,
              appraiserId: skp.appraiser,
              items: skp.items.map((it, i) => ({
                id: ids[i]!,
                text: it.text,
                indicators: it.indicators,
                parentItemId: it.parent === null ? null : `${skp.appraiser}#${it.parent}`,
              })),
              behaviourExpectations: skp.behaviourExpectations,
            },
            {
              appraiserSkp: appraiserSkp
                ? {
                    employeeId: skp.appraiser,
                    status: appraiserSkp.status,
                    period: appraiserSkp.period,
                    itemIds: appraiserSkp.items.map((_, i) => `${skp.appraiser}#${i}`),
                  }
                : null,
              forSubmission: true,
            },
          );
          expect(issues, who).toEqual([]);
          if (skp.origin === 'own') {
            expect(
              skp.items.every((it) => it.parent === null),
              who,
            ).toBe(true);
            const body = createSkpSchema.safeParse({
              period: skp.period,
              items: skp.items.map((it) => itemInput(it)),
              behaviourExpectations: skp.behaviourExpectations,
            });
            expect(body.success, who).toBe(true);
          } else {
            expect(
              skp.items.every((it) => it.parent !== null),
              who,
            ).toBe(true);
            const body = updateSkpPlanSchema.safeParse({
              items: skp.items.map((it) => itemInput(it, { id: ID, parentItemId: ID })),
              behaviourExpectations: skp.behaviourExpectations,
              version: 2,
            });
            expect(body.success, who).toBe(true);
          }
        }
        // A cascade: from an approved SKP, of its items, to the sender's own staff whose plans say so.
        for (const cascade of year.cascades) {
          const from = skpOf(year, cascade.from)!;
          expect(from.status).toBe('approved');
          expect(from.approvedAt! < cascade.at, name(c)).toBe(true);
          expect(
            cascadeSkpItemsSchema.safeParse({
              skpId: ID,
              itemIds: cascade.items.map(() => ID),
              subordinateIds: [ID],
            }).success,
          ).toBe(true);
          for (const key of cascade.to) {
            const skp = skpOf(year, key)!;
            expect(skp.appraiser).toBe(cascade.from);
            expect(skp.items.map((it) => it.parent)).toEqual(cascade.items);
            expect(skp.createdAt).toEqual(cascade.at);
          }
        }
        const cascadedTo = year.cascades.flatMap((x) => x.to).sort();
        expect(cascadedTo, name(c)).toEqual(
          year.skps
            .filter((s) => s.origin === 'cascade')
            .map((s) => s.owner)
            .sort(),
        );
      }
  });

  it('reads like a Dinas Pendidikan: the unit heads’ items are their unit’s, the staff’s their own part of them', () => {
    for (const c of cases) {
      const atasanSkp = skpOf(c.plan.lastYear, linked(c, 'atasan'))!;
      const jenjang = /Sekolah Dasar/.test(c.staff.find((s) => s.linkedUsername === 'atasan')!.unitName)
        ? 'SD'
        : 'SMA';
      expect(atasanSkp.items.map((i) => i.text).join(' | '), name(c)).toContain(jenjang);
      const texts = c.plan.lastYear.skps.flatMap((s) =>
        s.items.flatMap((i) => i.indicators.map((x) => x.text)),
      );
      expect(texts, name(c)).toContain('Laporan monitoring BOS tepat waktu');
      const pegawaiSkp = skpOf(c.plan.lastYear, linked(c, 'pegawai'))!;
      for (const it of pegawaiSkp.items) expect(it.text).not.toBe(atasanSkp.items[it.parent!]!.text);
    }
  });

  it('acts in order, each step on a working day before today, inside the period it records', () => {
    for (const c of cases) {
      const midnight = instantAt(c.today, 0, WIB);
      for (const year of years(c))
        for (const skp of year.skps) {
          const who = `${name(c)} ${year.year} ${skp.owner}`;
          const steps = [skp.createdAt, skp.editedAt, skp.submittedAt, skp.approvedAt].filter(
            (d): d is Date => !!d,
          );
          expect(
            [...steps].sort((a, b) => +a - +b),
            who,
          ).toEqual(steps);
          const later = [...skp.realisations.map((r) => r.at), ...skp.notes.map((n) => n.at)];
          for (const d of later) expect(d > skp.approvedAt!, who).toBe(true);
          if (skp.assessment) for (const d of later) expect(d < skp.assessment.at, who).toBe(true);
          for (const d of [...steps, ...later, ...(skp.assessment ? [skp.assessment.at] : [])]) {
            expect(d < midnight, who).toBe(true);
            expect(isDemoWorkingDay(localDateOf(d, WIB)), `${who} ${d.toISOString()}`).toBe(true);
          }
          const appraiserSkp = skpOf(year, skp.appraiser);
          if (skp.origin === 'cascade') expect(appraiserSkp!.approvedAt! < skp.createdAt, who).toBe(true);
          expect(skp.status, who).toBe(skp.approvedAt ? 'approved' : skp.submittedAt ? 'submitted' : 'draft');
          for (const r of skp.realisations) {
            expect(
              validatePeriod(r.period, {
                settings: { yearStartMonth: 1, cadence: 'quarterly' },
                kind: 'assessment',
              }),
              who,
            ).toEqual([]);
            expect(r.period.start.slice(0, 4)).toBe(String(year.year));
            const body = recordSkpRealisationSchema.safeParse({
              itemId: ID,
              period: r.period,
              value: r.value,
              note: r.note,
              evidence: r.evidence.map((url) => ({ kind: 'link', url })),
            });
            expect(body.success, `${who} ${JSON.stringify(body.error?.issues)}`).toBe(true);
          }
          for (const n of skp.notes)
            expect(addSkpFeedbackSchema.safeParse({ date: n.date, note: n.note, itemId: ID }).success).toBe(
              true,
            );
        }
    }
  });

  it('records last year’s realisation every quarter for every item, and assesses every SKP by the matrix', () => {
    for (const c of cases) {
      const ly = c.plan.lastYear;
      for (const skp of ly.skps) {
        const who = `${name(c)} ${skp.owner}`;
        expect(skp.status, who).toBe('approved');
        expect(skp.realisations.length, who).toBe(skp.items.length * 4);
        const a = skp.assessment!;
        expect(a.predikat, who).toBe(predikatOf(a.hasilKerja, a.perilaku));
        expect(
          assessSkpSchema.safeParse({
            skpId: ID,
            period: ly.period,
            hasilKerja: a.hasilKerja,
            perilaku: a.perilaku,
            perilakuNotes: a.perilakuNotes,
          }).success,
          who,
        ).toBe(true);
      }
      // Nothing is realised or assessed this year yet.
      for (const skp of c.plan.thisYear.skps) {
        expect(skp.realisations).toEqual([]);
        expect(skp.assessment).toBeUndefined();
      }
    }
  });

  it('rates every assessed unit (by the head above it) and the agency (the admin) before assessing, inside each one’s caps', () => {
    for (const c of cases) {
      const ly = c.plan.lastYear;
      const unitOf = (key: string) => c.staff.find((s) => s.key === key)!.unitName;
      const units = [...new Set(ly.skps.map((s) => unitOf(s.owner)))].sort();
      const unitRatings = ly.ratings.filter((r) => r.org.kind === 'unit');
      expect(unitRatings.map((r) => (r.org.kind === 'unit' ? r.org.unitName : '')).sort(), name(c)).toEqual(
        units,
      );
      const agencyRating = ly.ratings.find((r) => r.org.kind === 'agency')!;
      expect(agencyRating.by).toBe(ADMIN);
      const firstAssessment = Math.min(...ly.skps.map((s) => +s.assessment!.at));
      for (const r of ly.ratings) {
        expect(+r.at < firstAssessment, name(c)).toBe(true);
        expect(
          rateOrganisationSchema.safeParse({
            unitId: ID,
            period: ly.period,
            predikat: r.predikat,
            indicators: r.indicators,
          }).success,
        ).toBe(true);
        expect(r.indicators.length, name(c)).toBeGreaterThan(0);
        if (r.org.kind !== 'unit') continue;
        const unit = r.org.unitName;
        const head = unitHeadOf(unit, c.org)?.employeeId;
        expect(r.by, name(c)).toBe(parentHeadOf(unit, c.org)?.employeeId);
        expect(r.by).not.toBe(head);
        // Inside the unit's caps; its head's hasil kerja is the unit's.
        const inUnit = ly.skps.filter((s) => unitOf(s.owner) === unit);
        const check = checkDistribution(r.predikat, counts(inUnit.map((s) => s.assessment!.predikat)));
        expect(check.violations, `${name(c)} ${unit}`).toEqual([]);
        for (const s of inUnit) {
          const headed = organisationHeadedBy({ id: s.owner, unitId: unit, agencyId: 'A' }, c.org);
          if (headed) expect(s.assessment!.hasilKerja).toBe(DEFAULT_UNIT_HEAD_HASIL_KERJA[r.predikat]);
        }
      }
      const all = ly.skps.map((s) => s.assessment!.predikat);
      expect(checkDistribution(agencyRating.predikat, counts(all)).violations, name(c)).toEqual([]);
      // A realistic spread: most Baik, some Sangat Baik, a few Butuh Perbaikan.
      expect(new Set(all).size, name(c)).toBeGreaterThanOrEqual(3);
      expect(all.filter((p) => p === 'BAIK').length).toBeGreaterThan(all.length / 2);
      // The demo logins keep a plain Baik.
      for (const u of ['atasan', 'pegawai'])
        expect(skpOf(ly, linked(c, u))!.assessment!.predikat, name(c)).toBe('BAIK');
    }
  });

  it('finalises each unit (its head) and then the agency (its head) after every assessment', () => {
    for (const c of cases) {
      const ly = c.plan.lastYear;
      const lastAssessment = Math.max(...ly.skps.map((s) => +s.assessment!.at));
      const units = ly.ratings.filter((r) => r.org.kind === 'unit').length;
      expect(ly.finalisations.filter((f) => f.org.kind === 'unit')).toHaveLength(units);
      for (const f of ly.finalisations) {
        expect(+f.at > lastAssessment, name(c)).toBe(true);
        expect(finaliseSkpAssessmentsSchema.safeParse({ agencyId: ID, period: ly.period }).success).toBe(
          true,
        );
        if (f.org.kind === 'unit') expect(f.by).toBe(unitHeadOf(f.org.unitName, c.org)!.employeeId);
        else expect(f.by).toBe(linked(c, 'kepala'));
      }
      const agency = ly.finalisations.find((f) => f.org.kind === 'agency')!;
      expect(ly.finalisations.every((f) => f === agency || f.at < agency.at)).toBe(true);
    }
  });

  it('leaves this year’s plans in every state: the heads approved, pegawai a draft, some for atasan and kepala to approve', () => {
    for (const c of cases) {
      const ty = c.plan.thisYear;
      const byStatus = (list: DemoSkp[]) =>
        counts(list.map((s) => s.status as Predikat)) as Record<string, number>;
      for (const skp of ty.skps.filter(
        (s) => s.origin === 'own' && unitHeadOf(person(c, s.owner).unitId, c.org)?.employeeId === s.owner,
      ))
        expect(skp.status, name(c)).toBe('approved');
      expect(skpOf(ty, linked(c, 'pegawai'))!.status).toBe('draft');
      expect(skpOf(ty, linked(c, 'pegawai'))!.editedAt).toBeDefined();
      expect(skpOf(ty, linked(c, 'atasan'))!.status).toBe('approved');
      const atasanTeam = byStatus(ty.skps.filter((s) => s.appraiser === linked(c, 'atasan')));
      expect(atasanTeam.submitted, name(c)).toBeGreaterThanOrEqual(3);
      expect(atasanTeam.approved, name(c)).toBeGreaterThanOrEqual(2);
      expect(atasanTeam.draft, name(c)).toBeGreaterThanOrEqual(2);
      expect(byStatus(ty.skps.filter((s) => s.appraiser === linked(c, 'kepala'))).submitted).toBe(1);
      // A draft never touched since the cascade holds the head's items as they were sent.
      for (const skp of ty.skps.filter((s) => s.origin === 'cascade' && !s.editedAt)) {
        const from = skpOf(ty, skp.appraiser)!;
        for (const it of skp.items) expect(it.text).toBe(from.items[it.parent!]!.text);
        expect(skp.behaviourExpectations).toEqual({});
      }
    }
  });

  it('opens a 360 round on pegawai (atasan) and one on atasan (kepala): a shown group, a short one, and forms to fill', () => {
    for (const c of cases) {
      const midnight = instantAt(c.today, 0, WIB);
      const [kepala, atasan, pegawai] = ['kepala', 'atasan', 'pegawai'].map((u) => linked(c, u));
      const [a, b] = c.plan.rounds;
      expect(a).toMatchObject({ subject: pegawai, openedBy: atasan });
      expect(b).toMatchObject({ subject: atasan, openedBy: kepala });
      for (const round of [a!, b!]) {
        const who = `${name(c)} round on ${round.subject}`;
        // The raters as the API checks them against the org structure.
        const subject = person(c, round.subject);
        const others = c.staff.filter((s) => s.key !== round.subject);
        const structure = {
          superiorId: superiorOf(c, round.subject),
          subordinateIds: others.filter((s) => superiorOf(c, s.key) === round.subject).map((s) => s.key),
          peerIds: others
            .filter(
              (s) =>
                s.unitName === subject.unitId &&
                superiorOf(c, s.key) !== round.subject &&
                s.key !== superiorOf(c, round.subject),
            )
            .map((s) => s.key),
        };
        const raters = round.raters.map((r) => ({ employeeId: r.rater, relation: r.relation }));
        expect(feedbackRaterIssues({ kind: 'employee', id: round.subject }, raters, structure), who).toEqual(
          [],
        );
        expect(
          openFeedbackRoundSchema.safeParse({
            subject: { kind: 'employee', id: ID },
            period: round.period,
            raters: round.raters.map((_, i) => ({
              employeeId: `01JAAAAAAAAAAAAAAAAAAAAA${String(i).padStart(2, '0')}`,
              relation: 'peer',
            })),
            closesOn: round.closesOn,
          }).success,
          who,
        ).toBe(true);
        expect(round.closesOn > c.today, who).toBe(true);
        expect(round.at < midnight, who).toBe(true);
        const answered = new Set(round.answers.map((x) => x.rater));
        expect(answered.size).toBe(round.answers.length);
        for (const x of round.answers) {
          expect(
            round.raters.some((r) => r.rater === x.rater),
            who,
          ).toBe(true);
          expect(x.at > round.at && x.at < midnight, who).toBe(true);
          expect(
            submitFeedbackSchema.safeParse({ scores: x.scores, ...(x.comment ? { comment: x.comment } : {}) })
              .success,
          ).toBe(true);
        }
        const inGroup = (relation: string) =>
          round.answers.filter((x) => round.raters.find((r) => r.rater === x.rater)!.relation === relation)
            .length;
        // The subject's own form is still to fill; the superior alone answered (too few to show).
        expect(answered.has(round.subject), who).toBe(false);
        expect(inGroup('superior'), who).toBe(1);
        expect(inGroup(round === a ? 'peer' : 'subordinate'), who).toBeGreaterThanOrEqual(3);
      }
      expect(isManagerial(c.staff.find((s) => s.key === pegawai)!.positionType)).toBe(false);
    }
  });

  it('is the same plan for the same tenant and day', () => {
    const t = DEMO_TENANTS[1]!;
    const staff = demoStaff(demoPersonnel(t, '2026-12-06'), t.demoAgencyCode);
    expect(JSON.stringify(demoPerformance(t, staff, '2026-12-06'))).toBe(
      JSON.stringify(demoPerformance(t, staff, '2026-12-06')),
    );
  });
});
