import { useTranslation } from 'react-i18next';
import { CsvUploadForm } from '../../../components/csv-upload-form';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCsvInvite } from '../hooks/use-people';
import { CsvReport } from './csv-report';

export function CsvInvite({ orgId }: { orgId: string }) {
  const { t } = useTranslation('people');
  const upload = useCsvInvite(orgId);
  return (
    <div className="ui-stack">
      <CsvUploadForm
        labels={{
          file: t('csv.file'),
          hint: t('csv.hint'),
          submit: t('csv.submit'),
          chooseFile: t('csv.chooseFile'),
          tooLarge: t('csv.tooLarge'),
          unreadable: t('csv.unreadable'),
          empty: t('csv.empty'),
        }}
        busy={upload.isPending}
        onUpload={(csv) => upload.mutate(csv)}
        onFileChange={() => upload.reset()}
      />
      {upload.error && <ProblemAlert error={upload.error} />}
      {upload.data && <CsvReport report={upload.data} />}
    </div>
  );
}
