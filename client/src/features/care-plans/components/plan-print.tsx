// The plan as it goes on paper (the centre's habit): the centre, the resident, the goals table
// with interventions, staff and target dates, the reviews, and places to sign. Kept in the page
// but shown only when the plan itself is printed (care-plans.css).
import './care-plans.css';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { goalDomains, type CarePlanView } from '@care/shared/care-plans';
import { formatDateTime, formatDay } from '@care/shared/dates';

export type PrintedResident = { fullName: string; code: string };

/** Prints the plan alone: the page shows the printed plan while the print dialog is open. */
export function printPlan(): void {
  const done = () => {
    document.body.classList.remove('printing-care-plan');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  document.body.classList.add('printing-care-plan');
  window.print();
}

/** A place to sign on paper, with the name (and when, for the approval) already written. */
function Signature({ title, name, at }: { title: string; name: string; at?: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <strong>{title}</strong>
      <br />
      <em>{t('carePlans.print.sign')}</em>
      <br />
      <br />
      <br />
      {name}
      {at ? (
        <>
          <br />
          {formatDateTime(at)}
        </>
      ) : null}
    </div>
  );
}

export function PlanPrint({ plan, resident }: { plan: CarePlanView; resident?: PrintedResident }) {
  const { t } = useTranslation();
  const goals = goalDomains.flatMap((d) => plan.goals.filter((g) => g.domain === d));
  return createPortal(
    <div className="care-plan-print" data-testid="care-plan-print">
      <div className="cpp-header">
        <div>
          <strong>{t('app.centreName')}</strong>
        </div>
        <div>
          <strong>{t('carePlans.print.nation')}</strong>
          <br />
          {t('carePlans.print.motto')}
        </div>
      </div>
      <h1>{t('carePlans.print.title')}</h1>
      <p style={{ textAlign: 'center' }}>
        {t('carePlans.versionN', { n: plan.number })} · {t(`carePlans.status.${plan.status}`)}
      </p>
      {resident ? (
        <p>
          {t('carePlans.print.resident')}: <strong>{resident.fullName}</strong> ({resident.code})
        </p>
      ) : null}
      <p>
        {t('carePlans.planDate')}: {formatDay(plan.planDate)} ·{' '}
        {t('carePlans.reviewFrequency.label')}:{' '}
        {t(`carePlans.reviewFrequency.${plan.reviewFrequency}`)}
        {plan.nextReviewOn
          ? ` · ${t('carePlans.nextReview')}: ${formatDay(plan.nextReviewOn)}`
          : ''}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('carePlans.print.no')}</th>
            <th>{t('carePlans.goalDomainLabel')}</th>
            <th>{t('carePlans.goalDescription')}</th>
            <th>{t('carePlans.interventions')}</th>
            <th>{t('carePlans.responsible')}</th>
            <th>{t('carePlans.targetDate')}</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g, i) => (
            <tr key={g.id}>
              <td>{i + 1}</td>
              <td>{t(`carePlans.goalDomain.${g.domain}`)}</td>
              <td>{g.description}</td>
              <td>
                {g.interventions.map((iv, j) => (
                  <div key={j}>
                    {iv.what} ({iv.frequency})
                  </div>
                ))}
              </td>
              <td>{g.responsible.map((s) => s.fullName).join(', ')}</td>
              <td>{formatDay(g.targetDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.reviews.length ? (
        <>
          <h2>{t('carePlans.reviews.title')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('carePlans.review.reviewedOn')}</th>
                <th>{t('carePlans.print.reviewer')}</th>
                <th>{t('carePlans.print.progress')}</th>
                <th>{t('carePlans.review.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.reviews.map((r) => (
                <tr key={r.id}>
                  <td>{formatDay(r.reviewedOn)}</td>
                  <td>{r.reviewer.fullName}</td>
                  <td>
                    {r.progress.map((p) => (
                      <div key={p.goalId}>
                        {plan.goals.findIndex((g) => g.id === p.goalId) + 1}.{' '}
                        {t(`carePlans.progress.${p.status}`)}
                        {p.note ? ` — ${p.note}` : ''}
                      </div>
                    ))}
                  </td>
                  <td>{r.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <div className="cpp-signatures">
        <Signature title={t('carePlans.print.preparedBy')} name={plan.createdBy.fullName} />
        <Signature
          title={t('carePlans.print.approvedBy')}
          name={plan.approvedBy?.fullName ?? ''}
          at={plan.approvedAt}
        />
      </div>
    </div>,
    document.body,
  );
}
