import { useRoute } from 'preact-iso';
import { ApiError } from '../../api/client';
import { getEmployee, listEmployeeHistory } from '../../api/personnel';
import { ErrorMessage, Loading } from '../../components/ui';
import { HistoryTimeline, ProfileFacts, useDescribe, usePositionName } from './profile-parts';
import { fullName, PersonnelHeader, usePersonnelText } from './shared';
import { SuggestedPositions } from './suggested-positions';
import './personnel.css';
import { useFormat } from '../../lib/format';
import { useAsync, useLoadMore } from '../../lib/hooks';
import { useAgencies } from '../../lib/lookups';
import { useRole } from '../../session';
import { PasskeyReset } from '../attendance/passkey-parts';

export default function EmployeeProfilePage() {
  const { params } = useRoute();
  const employeeId = params.employeeId ?? '';
  return <Profile key={employeeId} employeeId={employeeId} />;
}

function Profile({ employeeId }: { employeeId: string }) {
  const pt = usePersonnelText();
  const fmt = useFormat();
  const { admin, mayWrite } = useRole();
  const { nameOf, error: agenciesError } = useAgencies();
  const employee = useAsync(() => getEmployee(employeeId), [employeeId]);
  const positionId = employee.data?.positionId;
  const positionName = usePositionName(positionId);
  const history = useLoadMore((cursor) => listEmployeeHistory(employeeId, { cursor, limit: 25 }));
  const e = employee.data;
  const describe = useDescribe(
    e,
    nameOf,
    positionId && positionName ? { id: positionId, name: positionName } : null,
    history.items,
  );
  // A supervisor or agency admin gets 404 for an employee outside their reach, as for a missing one.
  const notFound = employee.error instanceof ApiError && employee.error.type === 'not-found';

  return (
    <section>
      <PersonnelHeader title={e ? fullName(e) : pt.profile.title} current="/personnel/employees">
        <p class="personnel-actions">
          <a class="back-link" href="/personnel/employees">
            ← {pt.profile.backToList}
          </a>
          {e && mayWrite(e.agencyId) && (
            <a
              class="btn btn-primary btn-small"
              href={`/personnel/employees/${encodeURIComponent(e.id)}/edit`}
            >
              {pt.profile.edit}
            </a>
          )}
        </p>
      </PersonnelHeader>
      {notFound ? (
        <p class="alert alert-error" role="alert">
          {pt.profile.notFound}
        </p>
      ) : (
        <ErrorMessage error={employee.error ?? agenciesError} />
      )}
      {!e && employee.loading && <Loading />}
      {e && (
        <>
          <ProfileFacts employee={e} fmt={fmt} agencyName={nameOf} positionName={positionName} />
          {admin && <SuggestedPositions employeeId={e.id} fmt={fmt} agencyName={nameOf} />}
          {/* A lost or shared phone: the admins of the employee's agency reset their check-in passkeys. */}
          {mayWrite(e.agencyId) && <PasskeyReset employeeId={e.id} name={fullName(e)} />}
          <HistoryTimeline list={history} fmt={fmt} describe={describe} />
        </>
      )}
    </section>
  );
}
