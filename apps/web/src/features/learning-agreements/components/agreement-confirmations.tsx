import { useTranslation } from 'react-i18next';
import { AGREEMENT_PARTIES, type AgreementParty, type AgreementVersionView } from '@campus/contracts';
import { Badge, Button, Table, type Column } from '@campus/web-ui';
import { useDateFormat } from '../../../format/use-date-format';

export interface AgreementConfirmationsProps {
  version: AgreementVersionView;
  /** The party the viewer confirms as: the manager on the record page, the participant on theirs. */
  viewerParty: Exclude<AgreementParty, 'mentor'>;
  /** False once the mobility is finished: nobody confirms any more. */
  editable: boolean;
  busy: boolean;
  onConfirm: (version: number) => void;
}

/** The three confirmations of a version (who and when, or still missing) and the viewer's button. */
export function AgreementConfirmations({
  version,
  viewerParty,
  editable,
  busy,
  onConfirm,
}: AgreementConfirmationsProps) {
  const { t } = useTranslation('agreements');
  const fmt = useDateFormat();
  const canConfirm = editable && version.missingParties.includes(viewerParty);
  const stateOf = (party: AgreementParty) => {
    const c = version.confirmations.find((x) => x.party === party);
    if (!c) return <Badge tone="warning">{t('confirmations.missing')}</Badge>;
    const at = fmt.dateTime(c.at);
    return c.byName
      ? t('confirmations.confirmed', { name: c.byName, at })
      : t('confirmations.confirmedUnnamed', { at });
  };
  const columns: Column<AgreementParty>[] = [
    { key: 'party', header: t('confirmations.party'), cell: (party) => t(`party.${party}`) },
    { key: 'state', header: t('confirmations.state'), cell: stateOf },
  ];
  return (
    <section aria-label={t('confirmations.title')} className="ui-stack">
      <Table
        caption={t('confirmations.caption', { version: version.version })}
        columns={columns}
        rows={AGREEMENT_PARTIES}
        rowKey={(party) => party}
      />
      {version.agreedAt && <p>{t('confirmations.agreedAt', { at: fmt.dateTime(version.agreedAt) })}</p>}
      {canConfirm && (
        <div className="ui-stack">
          <p className="ui-hint" style={{ margin: 0 }}>
            {t('confirmations.confirmHint')}
          </p>
          <div>
            <Button onClick={() => onConfirm(version.version)} disabled={busy}>
              {t('confirmations.confirm', { version: version.version })}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
