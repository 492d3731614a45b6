/**
 * Test data for personnel: NIPs that agree with the birth date, TMT CPNS and gender, and valid
 * createEmployee bodies around them. Used by the integration tests, the harness fixtures and the bench.
 */
export function makeNip(birthDate: string, tmtCpns: string, gender: 'L' | 'P', sequence = 1): string {
  return `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 7).replace('-', '')}${gender === 'L' ? 1 : 2}${String(sequence).padStart(3, '0')}`;
}

export interface EmployeeBodyOptions {
  agencyId: string;
  unitId: string;
  name?: string;
  gender?: 'L' | 'P';
  birthDate?: string;
  tmtCpns?: string;
  sequence?: number;
  employmentType?: 'PNS' | 'CPNS' | 'PPPK';
  rank?: string;
  grade?: string;
  competencies?: { code: string; level: number }[];
  education?: { level: string; major: string; institution: string; graduationYear: number }[];
  positionId?: string;
  email?: string;
  phone?: string;
  tmtRank?: string;
}

export function employeeBody(o: EmployeeBodyOptions): Record<string, unknown> {
  const gender = o.gender ?? 'L';
  const birthDate = o.birthDate ?? '1986-09-26';
  const tmtCpns = o.tmtCpns ?? '2015-05-01';
  const type = o.employmentType ?? 'PNS';
  const pppk = type === 'PPPK';
  return {
    employmentType: type,
    nip: pppk
      ? `${birthDate.replaceAll('-', '')}2022${String(o.sequence ?? 1).padStart(6, '0')}`
      : makeNip(birthDate, tmtCpns, gender, o.sequence ?? 1),
    name: o.name ?? 'Budi Santoso',
    gender,
    birthPlace: 'Bandar Lampung',
    birthDate,
    agencyId: o.agencyId,
    unitId: o.unitId,
    ...(pppk ? { grade: o.grade ?? 'IX' } : { rank: o.rank ?? 'III/b', tmtCpns }),
    ...(o.tmtRank ? { tmtRank: o.tmtRank } : {}),
    ...(o.positionId ? { positionId: o.positionId } : {}),
    education: o.education ?? [
      { level: 'S1', major: 'Teknik Informatika', institution: 'Universitas Lampung', graduationYear: 2009 },
    ],
    ...(o.competencies ? { competencies: o.competencies } : {}),
    ...(o.email ? { email: o.email } : {}),
    ...(o.phone ? { phone: o.phone } : {}),
  };
}
