/**
 * One-time service codes (kode layanan): issue a batch, follow how many were used, and print them
 * as tear-off tickets for the counter.
 */
import { useState } from 'preact/hooks';
import {
  issueServiceCodes,
  listServiceCodeBatches,
  type ServiceCodeBatch,
  type SurveyUnit,
} from '../../api/client';
import { LoadMoreFooter } from '../../components/admin';
import { CreateFormCard } from '../../components/forms';
import { InputField, Notice } from '../../components/ui';
import { useFormat } from '../../lib/format';
import { useCreateForm } from '../../lib/forms';
import { useLoadMore } from '../../lib/hooks';
import { useMe } from '../../session';
import { surveysId } from './i18n/id';
import { issueServiceCodesSchema, MAX_SERVICE_CODES_PER_BATCH } from './schemas';
import { useSurveyText } from './shared';

const asNumber = (s: string | undefined) => (s === undefined ? undefined : Number(s));

export function ServiceCodesSection({
  unit,
  onPrint,
}: {
  unit: SurveyUnit;
  onPrint: (batch: ServiceCodeBatch) => void;
}) {
  const st = useSurveyText();
  const fmt = useFormat();
  const [issued, setIssued] = useState<ServiceCodeBatch | null>(null);
  const list = useLoadMore(
    (cursor) => listServiceCodeBatches(unit.id, { cursor, limit: 10 }),
    (b) => b.id,
  );
  const form = useCreateForm(
    issueServiceCodesSchema,
    (v) => ({ count: asNumber(v.count), validDays: asNumber(v.validDays) }),
    (body) => issueServiceCodes(unit.id, body),
    (batch) => {
      list.prepend(batch);
      setIssued(batch);
    },
  );
  const now = Date.now();

  return (
    <section class="service-codes">
      <CreateFormCard
        form={form}
        titleId="service-codes-title"
        title={st.codes.title}
        submitLabel={st.codes.issue}
        fieldNames={['count', 'validDays']}
      >
        <p class="muted small">{st.codes.intro}</p>
        {unit.verification === 'off' && <p class="alert alert-info">{st.codes.verificationOff}</p>}
        {issued && (
          <Notice>
            {st.codes.issued(issued.count)}{' '}
            <button type="button" class="btn btn-small" onClick={() => onPrint(issued)}>
              {st.codes.printCodes}
            </button>
          </Notice>
        )}
        <div class="grid-2">
          <InputField
            label={st.codes.count}
            name="count"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_SERVICE_CODES_PER_BATCH}
            defaultValue="30"
            errors={form.fields}
            hint={st.codes.countHint}
          />
          <InputField
            label={st.codes.validDays}
            name="validDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={366}
            defaultValue="30"
            errors={form.fields}
            hint={st.codes.validDaysHint}
          />
        </div>
      </CreateFormCard>
      <div class="card">
        <div class="table-wrap">
          <table>
            <caption>{st.codes.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{st.codes.createdAt}</th>
                <th scope="col" class="num">
                  {st.codes.used}
                </th>
                <th scope="col">{st.codes.expiresAt}</th>
                <th scope="col">
                  <span class="sr-only">{st.codes.printCodes}</span>
                </th>
              </tr>
            </thead>
            <tbody aria-busy={list.loading}>
              {list.items.map((b) => (
                <tr key={b.id}>
                  <td>{fmt.localDate(b.createdAt)}</td>
                  <td class="num">{st.codes.usedOf(b.used, b.count)}</td>
                  <td>
                    {fmt.localDate(b.expiresAt)}{' '}
                    {Date.parse(b.expiresAt) <= now && (
                      <span class="badge badge-muted">{st.codes.expired}</span>
                    )}
                  </td>
                  <td>
                    <button type="button" class="btn btn-small" onClick={() => onPrint(b)}>
                      {st.codes.printCodes}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <LoadMoreFooter list={list} moreText={st.loadMore} />
      </div>
    </section>
  );
}

// Citizens read the tickets, so they are in Bahasa Indonesia whatever language the admin reads.
const ticketText = surveysId.codes;
const ticketDate = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' });

/** A page of tear-off tickets, one code each, laid out for A4 (see `.tickets` in styles.css). */
export function TicketSheet({
  batch,
  unit,
  onBack,
}: {
  batch: ServiceCodeBatch;
  unit: SurveyUnit;
  onBack: () => void;
}) {
  const st = useSurveyText();
  const fmt = useFormat();
  const me = useMe();
  const shortUrl = `${location.host}/s/${me.tenant?.slug ?? ''}/${unit.shortCode}`;
  const validUntil = ticketDate.format(new Date(batch.expiresAt));
  return (
    <section
      class="print-sheet"
      aria-label={st.codes.ticketsTitle(batch.codes.length, fmt.localDate(batch.expiresAt))}
    >
      <div class="print-toolbar no-print">
        <button type="button" class="btn" onClick={onBack}>
          ← {st.print.back}
        </button>
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          {st.print.print}
        </button>
        <span class="muted">{st.codes.ticketsTitle(batch.codes.length, fmt.localDate(batch.expiresAt))}</span>
      </div>
      <ul class="tickets" lang="id">
        {batch.codes.map((code) => (
          <li key={code} class="ticket">
            <p class="ticket-heading">{ticketText.ticketHeading}</p>
            <p class="ticket-unit">{unit.name}</p>
            <p class="ticket-code-label">{ticketText.ticketCode}</p>
            <p class="ticket-code">{code}</p>
            <p class="ticket-instructions">{ticketText.ticketInstructions(shortUrl)}</p>
            <p class="ticket-valid">{ticketText.ticketValid(validUntil)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
