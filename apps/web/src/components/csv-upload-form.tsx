import { useState, type FormEvent } from 'react';
import { Button, FileInput } from '@campus/web-ui';
import { decodeCsvText, readFileBytes } from './csv-text';

/** The API takes at most 1 MB of CSV text. */
const MAX_CSV_BYTES = 1_000_000;

export interface CsvUploadLabels {
  file: string;
  hint: string;
  submit: string;
  chooseFile: string;
  tooLarge: string;
  unreadable: string;
  empty: string;
}

interface CsvUploadFormProps {
  labels: CsvUploadLabels;
  busy: boolean;
  /** Runs first on submit (e.g. "choose a course"); false stops the upload after the file checks. */
  precheck?: () => boolean;
  onUpload: (csv: string) => void;
  /** A new file was chosen: the caller clears the previous upload's result. */
  onFileChange?: () => void;
}

/**
 * Choose a CSV file and send its text (UTF-8 or Excel's Windows-1252, see decodeCsvText): the
 * size, readability and emptiness checks every CSV upload of the app makes before anything
 * reaches the API.
 */
export function CsvUploadForm({ labels, busy, precheck, onUpload, onFileChange }: CsvUploadFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ready = precheck?.() ?? true;
    if (!file) return setFileError(labels.chooseFile);
    if (file.size > MAX_CSV_BYTES) return setFileError(labels.tooLarge);
    let csv: string;
    try {
      csv = decodeCsvText(await readFileBytes(file));
    } catch {
      return setFileError(labels.unreadable);
    }
    if (!csv.trim()) return setFileError(labels.empty);
    if (ready) onUpload(csv);
  };

  return (
    <form className="ui-form" noValidate onSubmit={(e) => void submit(e)}>
      <FileInput
        label={labels.file}
        hint={labels.hint}
        accept=".csv,text/csv,text/plain"
        error={fileError}
        onFileChange={(f) => {
          setFile(f);
          setFileError(undefined);
          onFileChange?.();
        }}
      />
      <div>
        <Button type="submit" variant="secondary" loading={busy}>
          {labels.submit}
        </Button>
      </div>
    </form>
  );
}
