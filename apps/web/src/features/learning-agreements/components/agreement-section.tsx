import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningAgreementView } from '@campus/contracts';
import { Alert, Button, Card, EmptyState } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import type { AgreementScope } from '../api/agreements.api';
import {
  useAgreement,
  useConfirmAgreement,
  useReloadAgreement,
  useSaveAgreement,
} from '../hooks/use-agreement';
import { agreementValues, emptyAgreementValues } from '../lib/agreement-form';
import { AgreementConfirmations } from './agreement-confirmations';
import { AgreementContent } from './agreement-content';
import { AgreementEditor } from './agreement-editor';
import { AgreementHistory } from './agreement-history';

/**
 * A mobility's learning agreement: the current version with its confirmations and the viewer's
 * Confirm button, the host mentor's requests for changes, the editor, and every version with what
 * it changed. On the manager's record page (`scope.kind === 'org'`, confirming as the sending
 * manager) and on the participant's own mobility page (confirming as the participant).
 */
export function AgreementSection({ scope }: { scope: AgreementScope }) {
  const { t } = useTranslation('agreements');
  const agreement = useAgreement(scope);
  return (
    <Card title={t('title')}>
      <QueryState query={agreement} loadingLabel={t('loading')}>
        {(view) => <AgreementBody scope={scope} view={view} />}
      </QueryState>
    </Card>
  );
}

function AgreementBody({ scope, view }: { scope: AgreementScope; view: LearningAgreementView }) {
  const { t } = useTranslation('agreements');
  const fmt = useDateFormat();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useSaveAgreement(scope);
  const confirm = useConfirmAgreement(scope);
  const reload = useReloadAgreement(scope);
  const current = view.current;

  if (editing) {
    const notice = !current
      ? null
      : current.confirmations.length === 0
        ? t('edit.inPlace', { version: current.version })
        : view.agreedVersion === current.version
          ? t('edit.amendAgreed', { version: current.version, next: current.version + 1 })
          : t('edit.amend', { version: current.version, next: current.version + 1 });
    return (
      <AgreementEditor
        initial={current ? agreementValues(current.content) : emptyAgreementValues()}
        basedOnVersion={current?.version ?? null}
        notice={notice}
        busy={save.isPending}
        onSave={(body) =>
          save.mutateAsync(body).then(() => {
            setEditing(false);
            setSaved(true);
          })
        }
        onCancel={() => setEditing(false)}
        onReload={() => {
          setEditing(false);
          void reload();
        }}
      />
    );
  }

  const editButton = view.editable && (
    <div>
      <Button
        variant="secondary"
        onClick={() => {
          setSaved(false);
          confirm.reset();
          setEditing(true);
        }}
      >
        {current ? t('edit.change') : t('edit.write')}
      </Button>
    </div>
  );

  if (!current) {
    return (
      <div className="ui-stack">
        <EmptyState title={t('noneTitle')}>{view.editable ? t('noneBody') : t('noneClosed')}</EmptyState>
        {editButton}
      </div>
    );
  }

  const pendingAmendment = view.agreedVersion !== null && view.agreedVersion !== current.version;
  return (
    <div className="ui-stack">
      {saved && <Alert tone="success">{t('edit.saved')}</Alert>}
      {!view.editable && <Alert tone="info">{t('closed')}</Alert>}
      <p style={{ margin: 0 }}>
        <strong>
          {current.isAmendment
            ? t('state.currentAmendment', { version: current.version })
            : t('state.current', { version: current.version })}
        </strong>{' '}
        ·{' '}
        {pendingAmendment
          ? t('state.amendmentPending', { version: current.version, agreed: view.agreedVersion })
          : current.agreedAt
            ? t('state.agreed', { version: current.version })
            : t('state.notAgreed')}
      </p>
      <AgreementContent content={current.content} />
      {confirm.error !== null && <ProblemAlert error={confirm.error} />}
      <AgreementConfirmations
        version={current}
        viewerParty={scope.kind === 'org' ? 'manager' : 'participant'}
        editable={view.editable}
        busy={confirm.isPending}
        onConfirm={(version) => {
          setSaved(false);
          confirm.mutate(version);
        }}
      />
      {view.changeRequests.length > 0 && (
        <section aria-labelledby="agreement-requests-title" className="ui-stack">
          <h3 id="agreement-requests-title" style={{ margin: 0 }}>
            {t('requests.title')}
          </h3>
          <ul className="ui-stack" style={{ margin: 0 }}>
            {view.changeRequests.map((r) => (
              <li key={r.id}>
                <p style={{ margin: 0 }} className="ui-muted">
                  {t('requests.item', { name: r.by.name, at: fmt.dateTime(r.at), version: r.version })}
                </p>
                <blockquote className="ui-prewrap" style={{ margin: 0 }}>
                  {r.comment}
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      {editButton}
      <AgreementHistory versions={view.versions} />
    </div>
  );
}
