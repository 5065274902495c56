import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, RecommendedCourse } from '@campus/contracts';
import { Button, Card, Checkbox, Dialog, EmptyState, Table } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { EnrolResult } from '../../enrolments';
import { useEnrolFromRoadmap, useRecommendations } from '../hooks/use-roadmaps';

/** Per focus area, published courses of its topic, with the school's enrolments, and "Enrol staff". */
export function Recommendations({
  orgId,
  roadmapId,
  members,
}: {
  orgId: string;
  roadmapId: string;
  members: MemberView[];
}) {
  const { t } = useTranslation('roadmaps');
  const recommendations = useRecommendations(orgId, roadmapId);
  const [course, setCourse] = useState<RecommendedCourse | null>(null);
  return (
    <section className="ui-stack" aria-labelledby="roadmap-recommendations">
      <h2 id="roadmap-recommendations">{t('recommendations.title')}</h2>
      <QueryState
        query={recommendations}
        loadingLabel={t('recommendations.loading')}
        isEmpty={(r) => r.areas.length === 0}
        empty={
          <EmptyState title={t('recommendations.noAreasTitle')}>
            {t('recommendations.noAreasBody')}
          </EmptyState>
        }
      >
        {(data) => (
          <>
            {data.areas.map((area) => (
              <Card key={area.areaKey} title={area.title} headingLevel={3}>
                {area.courses.length === 0 ? (
                  <p className="ui-muted">{t('recommendations.none', { topic: area.topic })}</p>
                ) : (
                  <Table
                    caption={t('recommendations.caption', { area: area.title })}
                    hideCaption
                    rows={area.courses}
                    rowKey={(c) => c.id}
                    columns={[
                      { key: 'title', header: t('recommendations.course'), cell: (c) => c.title },
                      {
                        key: 'language',
                        header: t('recommendations.language'),
                        cell: (c) => t(`locales.${c.language}`, c.language),
                      },
                      { key: 'hours', header: t('recommendations.hours'), cell: (c) => c.workloadHours },
                      { key: 'enrolled', header: t('recommendations.enrolled'), cell: (c) => c.enrolled },
                      { key: 'completed', header: t('recommendations.completed'), cell: (c) => c.completed },
                      {
                        key: 'enrol',
                        header: t('recommendations.enrol'),
                        hideHeader: true,
                        cell: (c) => (
                          <Button
                            size="small"
                            variant="secondary"
                            aria-label={t('enrol.title', { course: c.title })}
                            onClick={() => setCourse(c)}
                          >
                            {t('recommendations.enrolIn')}
                          </Button>
                        ),
                      },
                    ]}
                  />
                )}
              </Card>
            ))}
          </>
        )}
      </QueryState>
      {course && (
        <EnrolDialog
          orgId={orgId}
          roadmapId={roadmapId}
          course={course}
          members={members}
          onClose={() => setCourse(null)}
        />
      )}
    </section>
  );
}

/** Chooses members and enrols them through the manager enrolment API. */
function EnrolDialog({
  orgId,
  roadmapId,
  course,
  members,
  onClose,
}: {
  orgId: string;
  roadmapId: string;
  course: RecommendedCourse;
  members: MemberView[];
  onClose: () => void;
}) {
  const { t } = useTranslation('roadmaps');
  const [chosen, setChosen] = useState<string[]>([]);
  const enrol = useEnrolFromRoadmap(orgId, roadmapId);
  const active = members.filter((m) => m.active);
  return (
    <Dialog open title={t('enrol.title', { course: course.title })} onClose={onClose}>
      {enrol.data ? (
        <div className="ui-stack">
          <EnrolResult result={enrol.data} names={new Map(members.map((m) => [m.userId, m.name]))} />
          <div>
            <Button onClick={onClose}>{t('enrol.close')}</Button>
          </div>
        </div>
      ) : (
        <form
          className="ui-stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.length) enrol.mutate({ courseId: course.id, userIds: chosen });
          }}
        >
          <fieldset className="ui-stack">
            <legend>{t('enrol.members')}</legend>
            {active.map((m) => (
              <Checkbox
                key={m.userId}
                label={m.name}
                hint={m.email}
                checked={chosen.includes(m.userId)}
                onChange={() =>
                  setChosen((c) =>
                    c.includes(m.userId) ? c.filter((id) => id !== m.userId) : [...c, m.userId],
                  )
                }
              />
            ))}
          </fieldset>
          {enrol.error && <ProblemAlert error={enrol.error} />}
          <div className="ui-row" style={{ gap: '0.5rem' }}>
            <Button type="submit" loading={enrol.isPending} disabled={chosen.length === 0}>
              {t('enrol.submit', { n: chosen.length })}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
