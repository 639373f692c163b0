import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { GET as getMonthlyReport } from '@/app/api/v1/reports/monthly/route';
import { GET as getMonthlyReportPdf } from '@/app/api/v1/reports/monthly.pdf/route';
import { monthlyReportJsonSchema } from '@/lib/api/reports/representation';
import { db } from '@/lib/db/prisma';
import { seedReportMonth } from '@/lib/reports/test-support';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

// The seeded month is November 2026; "now" is the real clock here, so November is a past month
// (the tests run on or after 2026-12-06) and the report of a later month is refused as future.
async function setUp() {
  const seeded = await seedReportMonth();
  return { ...seeded, token: await tokenFor(seeded.manager) };
}

const report = (token: string, query: string) =>
  callApi(getMonthlyReport, { token, path: `/api/v1/reports/monthly?${query}` });

async function pdfOf(token: string, query: string, language = 'de') {
  const response = await getMonthlyReportPdf(
    new Request(`http://localhost/api/v1/reports/monthly.pdf?${query}`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': language },
    }),
    { params: Promise.resolve({}) },
  );
  return response;
}

describe('GET /api/v1/reports/monthly', () => {
  it("answers the month's figures for the organisation", async () => {
    const { token, organisation } = await setUp();
    const response = await report(token, 'month=2026-11');
    expect(response.status).toBe(200);
    const body = monthlyReportJsonSchema.parse(response.json);
    expect(body).toMatchObject({ month: '2026-11', group: null, organisation: { slug: organisation.slug } });
    expect(body.score.atMonthEnd).toMatchObject({ date: '2026-11-30', score: 70 });
    expect(body.listings.movements).toEqual({ gained: 1, lost: 1, corrected: 1 });
    expect(body.checkIns.totals).toEqual({ due: 8, onTime: 3, late: 1, missing: 4, onTimePercent: 38 });
    expect(body.hours.totalMinutes).toBe(300);
    expect(body.verification.observations).toEqual([{ source: 'WEBSITE', outcome: 'DIFFERENT', count: 1 }]);
  });

  it("answers one group's figures, and 404 for another organisation's group", async () => {
    const { token, groupId } = await setUp();
    const grouped = await report(token, `month=2026-11&group=${groupId}`);
    expect(grouped.status).toBe(200);
    expect(monthlyReportJsonSchema.parse(grouped.json)).toMatchObject({
      group: { id: groupId, name: 'Nord' },
      score: { atMonthEnd: { score: 80, locations: 1 } },
    });
    const other = await createTeam();
    const foreign = await db.locationGroup.create({
      data: { organisationId: other.organisation.id, name: 'Fremd' },
      select: { id: true },
    });
    const refused = await report(token, `month=2026-11&group=${foreign.id}`);
    expect(refused.status).toBe(404);
    expect(refused.json?.error.code).toBe('NOT_FOUND');
  });

  it('answers 422 for a month that is malformed, in the future or before the organisation', async () => {
    const { token } = await setUp();
    for (const month of ['2026-13', 'November', '2099-01', '2025-12']) {
      const response = await report(token, `month=${month}`);
      expect(response.status, month).toBe(422);
      expect(response.json?.error.fields, month).toHaveProperty('month');
    }
    expect((await report(token, 'group=123')).status).toBe(422);
  });

  it('needs a token', async () => {
    expect((await callApi(getMonthlyReport, { path: '/api/v1/reports/monthly' })).status).toBe(401);
  });
});

describe('GET /api/v1/reports/monthly.pdf', () => {
  it('answers the PDF as an attachment in the requested language', async () => {
    const { token, organisation } = await setUp();
    const response = await pdfOf(token, 'month=2026-11', 'de-DE,de;q=0.9');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ortsbild-bericht-${organisation.slug}-2026-11.pdf"`,
    );
    const document = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain('Monatsbericht November 2026');
    expect(text).toContain(organisation.name);
  });

  it("answers JSON errors: 404 for another organisation's group, 422 for a future month", async () => {
    const { token } = await setUp();
    const other = await setUp();
    const foreign = await pdfOf(token, `month=2026-11&group=${other.groupId}`);
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get('content-type')).toContain('application/json');
    expect((await pdfOf(token, 'month=2099-01')).status).toBe(422);
  });
});
