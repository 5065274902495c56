import { useTranslation } from 'react-i18next';
import { CsvSeparator } from '@campus/contracts';
import { Select } from '@campus/web-ui';

interface CsvSeparatorSelectProps {
  value: CsvSeparator | undefined;
  onChange: (value: CsvSeparator | undefined) => void;
}

/** The separator of CSV downloads: the one usual in the user's language (default), or a fixed one. */
export function CsvSeparatorSelect({ value, onChange }: CsvSeparatorSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('csvSeparator.label')}
      value={value ?? ''}
      onChange={(e) => {
        const parsed = CsvSeparator.safeParse(e.target.value);
        onChange(parsed.success ? parsed.data : undefined);
      }}
      placeholder={t('csvSeparator.auto')}
      options={CsvSeparator.options.map((s) => ({ value: s, label: t(`csvSeparator.${s}`) }))}
    />
  );
}
