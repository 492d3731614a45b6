import { describe, expect, it } from 'vitest';
import { buildApplicationProof, type ProofInput } from './proof';

const input = (over: Partial<ProofInput> = {}): ProofInput => ({
  tenantName: 'Pemerintah Kota Bandar Lampung',
  timeZone: 'Asia/Jakarta',
  verifyUrl: 'https://pamong.example/karier/bandarlampung/bukti/CPNS26-000001-F?sig=abcDEF_-123',
  app: {
    registrationNumber: 'CPNS26-000001-F',
    roundName: 'Seleksi CPNS 2026',
    roundCode: 'CPNS26',
    positionName: 'Analis Kepegawaian Ahli Pertama',
    unitName: 'Bidang Mutasi',
    agencyName: 'Badan Kepegawaian Daerah',
    track: 'umum',
    submittedAt: '2026-12-06T20:59:00Z',
    requiredDocuments: [
      { type: 'ijazah', label: 'Ijazah', formats: ['pdf'], maxKb: 800 },
      { type: 'ktp', label: 'KTP', formats: ['jpeg'], maxKb: 200 },
    ],
    documents: {
      ijazah: {
        type: 'ijazah',
        label: 'Ijazah',
        documentId: 'D1',
        name: 'ijazah <asli>.pdf',
        contentType: 'application/pdf',
        size: 204_800,
        checkedAt: '2026-12-06T20:58:00Z',
      },
    },
  } as unknown as ProofInput['app'],
  applicant: {
    name: 'Siti Rahmawati',
    diplomaName: 'Siti Rahmawati, S.A.N.',
    nik: '1871015205980001',
    birthPlace: 'Bandar Lampung',
    birthDate: '1998-05-12',
    education: [
      { level: 'S1', major: 'Ilmu Administrasi Negara', institution: 'Universitas Lampung', ipk: 3.45 },
    ],
  } as unknown as ProofInput['applicant'],
  ...over,
});

describe('the proof of registration', () => {
  it('prints the number, the applicant in Indonesian formats, the NIK masked, and each document', async () => {
    const html = await buildApplicationProof(input());
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('CPNS26-000001-F');
    expect(html).toContain('Bandar Lampung, 12 Mei 1998');
    expect(html).toContain('(IPK 3,45)');
    expect(html).toContain('1871xxxxxxxx0001');
    expect(html).not.toContain('1871015205980001');
    // 20:59 UTC is 03:59 the next morning in Jakarta.
    expect(html).toMatch(/7 Desember 2026[^<]*03[.:]59 WIB/);
    expect(html).toContain('ijazah &lt;asli&gt;.pdf (200 KB)');
    // A document not uploaded shows a dash, never an empty cell.
    expect(html).toMatch(/<th>KTP<\/th><td>—<\/td>/);
  });

  it('carries the signed check URL in its QR code and in print, escaped', async () => {
    const html = await buildApplicationProof(input());
    expect(html).toContain('<svg');
    expect(html).toContain(
      'https://pamong.example/karier/bandarlampung/bukti/CPNS26-000001-F?sig=abcDEF_-123',
    );
    const hostile = await buildApplicationProof(input({ tenantName: '<script>alert(1)</script>' }));
    expect(hostile).not.toContain('<script>alert(1)');
    expect(hostile).toContain('&lt;script&gt;');
  });
});
