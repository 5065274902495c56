import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportQuestionsResult, QuestionView } from '@campus/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  ConfirmDialog,
  Dialog,
  EmptyState,
  RadioGroup,
  Select,
  Table,
  TextArea,
  TextField,
} from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { saveFile } from '../../enrolments';
import { quizAuthoringApi } from '../api/quizzes.api';
import {
  useArchiveQuestion,
  useDownload,
  useImportQuestions,
  useQuestions,
  useRegrade,
  useSaveQuestion,
} from '../hooks/use-quiz-authoring';
import { QuestionEditor } from './question-editor';
import { TrainerPage } from './trainer-page';

/** A course's question bank: list and filter, write and edit, archive, import and export, regrade. */
export function QuestionBank({ courseId }: { courseId: string }) {
  const { t } = useTranslation('quizzes');
  return (
    <TrainerPage courseId={courseId} title={t('bank.title')}>
      {() => <Bank courseId={courseId} />}
    </TrainerPage>
  );
}

type Editing = { question?: QuestionView } | null;

function Bank({ courseId }: { courseId: string }) {
  const { t } = useTranslation('quizzes');
  const [tagInput, setTagInput] = useState('');
  const [tag, setTag] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const questions = useQuestions(courseId, { tag: tag || undefined, includeArchived });
  const save = useSaveQuestion(courseId);
  const archive = useArchiveQuestion(courseId);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<QuestionView | null>(null);
  const [regrading, setRegrading] = useState<QuestionView | null>(null);
  const [saved, setSaved] = useState(false);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const exportBank = useDownload(() => quizAuthoringApi.exportQuestions(courseId));

  const newButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Into the editor when it opens; back to "New question" when it closes, so focus is never lost.
  useEffect(() => {
    if (editing) editorHeading.current?.focus();
    else if (wasEditing.current) newButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const filter = (e: FormEvent) => {
    e.preventDefault();
    setTag(tagInput.trim().toLowerCase());
  };

  return (
    <>
      <div aria-live="polite">{saved && <Alert tone="success">{t('bank.saved')}</Alert>}</div>
      {editing ? (
        <section className="ui-card" aria-labelledby="question-editor-title">
          <h2 id="question-editor-title" className="ui-card__title" ref={editorHeading} tabIndex={-1}>
            {editing.question ? t('bank.editTitle') : t('bank.newTitle')}
          </h2>
          <div className="ui-card__body">
            <QuestionEditor
              key={editing.question?.id ?? 'new'}
              question={editing.question}
              saving={save.isPending}
              error={save.error}
              onSave={(body) =>
                save.mutate(
                  { id: editing.question?.id, body },
                  {
                    onSuccess: () => {
                      setEditing(null);
                      setSaved(true);
                    },
                  },
                )
              }
              onCancel={() => {
                setEditing(null);
                save.reset();
              }}
            />
          </div>
        </section>
      ) : (
        <div className="ui-row">
          <Button
            ref={newButton}
            onClick={() => {
              setSaved(false);
              save.reset();
              setEditing({});
            }}
          >
            {t('bank.new')}
          </Button>
          <Button
            variant="secondary"
            loading={exportBank.isPending}
            onClick={() =>
              exportBank.mutate(undefined, { onSuccess: (blob) => saveFile(blob, 'question-bank.json') })
            }
          >
            {t('bank.export')}
          </Button>
        </div>
      )}
      {exportBank.error != null && <ProblemAlert error={exportBank.error} />}
      <Card title={t('bank.listTitle')}>
        <div className="ui-stack">
          <form className="ui-inline-form" role="search" onSubmit={filter} aria-label={t('bank.filter')}>
            <TextField label={t('bank.tag')} value={tagInput} onChange={(e) => setTagInput(e.target.value)} />
            <Button type="submit" variant="secondary">
              {t('bank.applyFilter')}
            </Button>
            <Checkbox
              label={t('bank.includeArchived')}
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.target.checked)}
            />
          </form>
          <QueryState
            query={questions}
            loadingLabel={t('bank.loading')}
            isEmpty={(list) => list.length === 0}
            empty={<EmptyState title={tag ? t('bank.noMatch', { tag }) : t('bank.empty')} />}
          >
            {(list) => (
              <Table<QuestionView>
                caption={t('bank.caption', { count: list.length })}
                rows={list}
                rowKey={(q) => q.id}
                columns={[
                  {
                    key: 'prompt',
                    header: t('bank.prompt'),
                    cell: (q) => (
                      <span>
                        {q.prompt.length > 120 ? `${q.prompt.slice(0, 117)}…` : q.prompt}
                        {q.archived && (
                          <>
                            {' '}
                            <Badge>{t('bank.archived')}</Badge>
                          </>
                        )}
                      </span>
                    ),
                  },
                  { key: 'type', header: t('bank.type'), cell: (q) => t(`types.${q.type}`) },
                  { key: 'tags', header: t('bank.tags'), cell: (q) => q.tags.join(', ') || '–' },
                  { key: 'version', header: t('bank.version'), cell: (q) => String(q.version) },
                  {
                    key: 'actions',
                    header: t('bank.actions'),
                    hideHeader: true,
                    cell: (q) => (
                      <div className="ui-row" style={{ gap: '0.25rem' }}>
                        <Button
                          size="small"
                          variant="ghost"
                          onClick={() => {
                            setSaved(false);
                            save.reset();
                            setEditing({ question: q });
                          }}
                        >
                          {t('bank.edit')}
                          <span className="ui-visually-hidden"> {q.prompt.slice(0, 60)}</span>
                        </Button>
                        {q.version > 1 && (
                          <Button size="small" variant="ghost" onClick={() => setRegrading(q)}>
                            {t('bank.regrade')}
                            <span className="ui-visually-hidden"> {q.prompt.slice(0, 60)}</span>
                          </Button>
                        )}
                        {!q.archived && (
                          <Button size="small" variant="ghost" onClick={() => setArchiving(q)}>
                            {t('bank.archive')}
                            <span className="ui-visually-hidden"> {q.prompt.slice(0, 60)}</span>
                          </Button>
                        )}
                      </div>
                    ),
                  },
                ]}
              />
            )}
          </QueryState>
        </div>
      </Card>
      <ImportCard courseId={courseId} />
      <ConfirmDialog
        open={archiving !== null}
        title={t('bank.archiveTitle')}
        confirmLabel={t('bank.archive')}
        cancelLabel={t('trainer.cancel')}
        busy={archive.isPending}
        onCancel={() => {
          setArchiving(null);
          archive.reset();
        }}
        onConfirm={() =>
          archiving &&
          archive.mutate(archiving.id, {
            onSuccess: () => {
              setArchiving(null);
              // The archived row leaves the list, and with it the button that opened the dialog.
              requestAnimationFrame(() => newButton.current?.focus());
            },
          })
        }
      >
        <p>{t('bank.archiveBody')}</p>
        {/* In the dialog: behind a modal dialog the message would go unseen. */}
        {archive.error != null && <ProblemAlert error={archive.error} />}
      </ConfirmDialog>
      {regrading && (
        <RegradeDialog courseId={courseId} question={regrading} onClose={() => setRegrading(null)} />
      )}
    </>
  );
}

function RegradeDialog({
  courseId,
  question,
  onClose,
}: {
  courseId: string;
  question: QuestionView;
  onClose: () => void;
}) {
  const { t } = useTranslation('quizzes');
  const regrade = useRegrade(courseId);
  const versions = Array.from({ length: question.version - 1 }, (_, k) => question.version - 1 - k);
  const [fromVersion, setFromVersion] = useState(String(versions[0]));
  return (
    <Dialog
      open
      title={t('regrade.title')}
      onClose={onClose}
      actions={
        regrade.data ? (
          <Button onClick={onClose}>{t('regrade.close')}</Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose}>
              {t('trainer.cancel')}
            </Button>
            <Button
              loading={regrade.isPending}
              onClick={() => regrade.mutate({ questionId: question.id, fromVersion: Number(fromVersion) })}
            >
              {t('regrade.confirm')}
            </Button>
          </>
        )
      }
    >
      <p>{t('regrade.explain', { version: question.version })}</p>
      <Select
        label={t('regrade.fromVersion')}
        options={versions.map((v) => ({ value: String(v), label: t('regrade.versionN', { version: v }) }))}
        value={fromVersion}
        onChange={(e) => setFromVersion(e.target.value)}
        disabled={!!regrade.data}
      />
      <div aria-live="polite">
        {regrade.data && (
          <Alert tone="success" title={t('regrade.done', { count: regrade.data.regradedAttempts })}>
            <p>{t('regrade.changed', { count: regrade.data.changedOutcomes })}</p>
          </Alert>
        )}
      </div>
      {regrade.error != null && <ProblemAlert error={regrade.error} />}
    </Dialog>
  );
}

function ImportCard({ courseId }: { courseId: string }) {
  const { t } = useTranslation('quizzes');
  const run = useImportQuestions(courseId);
  const [format, setFormat] = useState<'json' | 'gift'>('gift');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<ImportQuestionsResult | null>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    if (/\.json$/i.test(file.name)) setFormat('json');
    else if (/\.(gift|txt)$/i.test(file.name)) setFormat('gift');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    if (!text.trim()) return setError(t('import.empty'));
    setError(undefined);
    run.mutate({ format, text }, { onSuccess: setResult });
  };

  return (
    <Card title={t('import.title')}>
      <form className="ui-form" noValidate onSubmit={submit}>
        <RadioGroup
          legend={t('import.format')}
          inline
          options={[
            { value: 'gift', label: t('import.gift') },
            { value: 'json', label: t('import.json') },
          ]}
          value={format}
          onChange={(f) => setFormat(f === 'json' ? 'json' : 'gift')}
        />
        <div className="ui-field">
          <label className="ui-label" htmlFor="import-file">
            {t('import.file')}
          </label>
          <input
            id="import-file"
            className="ui-file"
            type="file"
            accept=".json,.gift,.txt,application/json,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </div>
        <TextArea
          label={t('import.text')}
          hint={t('import.textHint')}
          code
          rows={8}
          value={text}
          error={error}
          onChange={(e) => setText(e.target.value)}
        />
        {run.error != null && <ProblemAlert error={run.error} />}
        <div aria-live="polite">
          {result && (
            <Alert
              tone={result.problems.length ? 'warning' : 'success'}
              title={t('import.imported', { count: result.imported })}
            >
              {result.problems.length > 0 && (
                <>
                  <p>{t('import.problems', { count: result.problems.length })}</p>
                  <ul>
                    {result.problems.map((p, k) => (
                      <li key={k}>
                        {p.line != null
                          ? t('import.atLine', { line: p.line, message: p.message })
                          : // index -1: the file as a whole is not a bank, no question of it.
                            p.index != null && p.index >= 0
                            ? t('import.atIndex', { index: p.index + 1, message: p.message })
                            : p.message}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Alert>
          )}
        </div>
        <div>
          <Button type="submit" loading={run.isPending}>
            {t('import.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
