import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateModuleRequest, type CourseView, type ModuleView } from '@campus/contracts';
import { Badge, Button, buttonClassName, ConfirmDialog, EmptyState, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  useAddModule,
  useDeleteLesson,
  useDeleteModule,
  useRenameModule,
  useReorderLessons,
  useReorderModules,
} from '../hooks/use-authoring';
import { byPosition } from '../lib/reorder';
import { ReorderableList } from './reorderable-list';

type Deleting = { kind: 'module' | 'lesson'; id: string; title: string } | null;

/** Modules and their lessons: add, rename, delete, and reorder by drag and drop or keyboard. */
export function OutlineEditor({ course }: { course: CourseView }) {
  const { t } = useTranslation('authoring');
  const reorderModules = useReorderModules(course.id);
  const reorderLessons = useReorderLessons(course.id);
  const deleteModule = useDeleteModule(course.id);
  const deleteLesson = useDeleteLesson(course.id);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const modules = byPosition(course.modules);
  const deletion = deleting?.kind === 'module' ? deleteModule : deleteLesson;

  return (
    <div className="ui-stack">
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('outline.hint')}
      </p>
      {reorderModules.error && <ProblemAlert error={reorderModules.error} />}
      {reorderLessons.error && <ProblemAlert error={reorderLessons.error} />}
      {modules.length === 0 ? (
        <EmptyState title={t('outline.empty')} />
      ) : (
        <ReorderableList
          label={t('outline.modules')}
          items={modules}
          getId={(m) => m.id}
          getLabel={(m) => m.title}
          onReorder={(ids) => reorderModules.mutateAsync(ids)}
          renderItem={(m) => (
            <ModuleItem
              course={course}
              module={m}
              onReorderLessons={(ids) => reorderLessons.mutateAsync({ moduleId: m.id, ids })}
              onDelete={setDeleting}
            />
          )}
        />
      )}
      <AddModuleForm courseId={course.id} />
      <ConfirmDialog
        open={deleting !== null}
        title={
          deleting?.kind === 'module'
            ? t('outline.deleteModuleTitle', { title: deleting.title })
            : t('outline.deleteLessonTitle', { title: deleting?.title ?? '' })
        }
        confirmLabel={t('outline.delete')}
        cancelLabel={t('actions.cancel')}
        busy={deletion.isPending}
        onCancel={() => {
          setDeleting(null);
          deletion.reset();
        }}
        onConfirm={() => {
          if (!deleting) return;
          const done = { onSuccess: () => setDeleting(null) };
          if (deleting.kind === 'module') deleteModule.mutate(deleting.id, done);
          else deleteLesson.mutate(deleting.id, done);
        }}
      >
        <p>{deleting?.kind === 'module' ? t('outline.deleteModuleBody') : t('outline.deleteLessonBody')}</p>
        {deletion.error && <ProblemAlert error={deletion.error} />}
      </ConfirmDialog>
    </div>
  );
}

function ModuleItem({
  course,
  module: m,
  onReorderLessons,
  onDelete,
}: {
  course: CourseView;
  module: ModuleView;
  onReorderLessons: (ids: string[]) => Promise<unknown>;
  onDelete: (what: Deleting) => void;
}) {
  const { t } = useTranslation('authoring');
  const [renaming, setRenaming] = useState(false);
  const lessons = byPosition(m.lessons);
  const base = `/author/courses/${course.id}`;
  return (
    <div className="ui-stack" style={{ gap: '0.5rem' }}>
      {renaming ? (
        <RenameModuleForm courseId={course.id} module={m} onDone={() => setRenaming(false)} />
      ) : (
        <div className="ui-row">
          <h3 style={{ margin: 0, flex: '1 1 auto' }} lang={course.language}>
            {m.title}
          </h3>
          <Button size="small" variant="ghost" onClick={() => setRenaming(true)}>
            {t('outline.rename')}
            <span className="ui-visually-hidden"> {m.title}</span>
          </Button>
          <Button
            size="small"
            variant="ghost"
            onClick={() => onDelete({ kind: 'module', id: m.id, title: m.title })}
          >
            {t('outline.delete')}
            <span className="ui-visually-hidden"> {m.title}</span>
          </Button>
        </div>
      )}
      {lessons.length === 0 ? (
        <p className="ui-muted" style={{ margin: 0 }}>
          {t('outline.noLessons')}
        </p>
      ) : (
        <ReorderableList
          label={t('outline.lessonsOf', { module: m.title })}
          items={lessons}
          getId={(l) => l.id}
          getLabel={(l) => l.title}
          onReorder={onReorderLessons}
          renderItem={(l) => (
            <div className="ui-row" style={{ gap: '0.5rem' }}>
              <span lang={course.language} style={{ flex: '1 1 10rem' }}>
                {l.title}
              </span>
              <Badge tone="info">{t(`lesson.kinds.${l.kind}`)}</Badge>
              {!l.required && <Badge>{t('lesson.optional')}</Badge>}
              <Link
                to={l.kind === 'quiz' && l.quizId ? `${base}/quizzes/${l.quizId}` : `${base}/lessons/${l.id}`}
                className={buttonClassName({ size: 'small', variant: 'ghost' })}
              >
                {t('outline.edit')}
                <span className="ui-visually-hidden"> {l.title}</span>
              </Link>
              <Button
                size="small"
                variant="ghost"
                onClick={() => onDelete({ kind: 'lesson', id: l.id, title: l.title })}
              >
                {t('outline.delete')}
                <span className="ui-visually-hidden"> {l.title}</span>
              </Button>
            </div>
          )}
        />
      )}
      <div>
        <Link
          to={`${base}/modules/${m.id}/lessons/new`}
          className={buttonClassName({ size: 'small', variant: 'secondary' })}
        >
          {t('outline.addLesson')}
          <span className="ui-visually-hidden"> {t('outline.toModule', { module: m.title })}</span>
        </Link>
      </div>
    </div>
  );
}

function useTitleField(initial: string) {
  const { t } = useTranslation('common');
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const validate = (): string | null => {
    const parsed = CreateModuleRequest.safeParse({ title });
    if (parsed.success) return parsed.data.title;
    setError(title.trim() ? t('validation.maxLength', { count: 200 }) : t('validation.required'));
    return null;
  };
  return { title, setTitle: (v: string) => (setTitle(v), setError(undefined)), error, setError, validate };
}

function AddModuleForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation('authoring');
  const add = useAddModule(courseId);
  const field = useTitleField('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = field.validate();
    if (title) add.mutate(title, { onSuccess: () => field.setTitle('') });
  };
  return (
    <form className="ui-inline-form" noValidate onSubmit={submit} aria-label={t('outline.addModule')}>
      <TextField
        label={t('outline.newModuleTitle')}
        value={field.title}
        error={field.error}
        maxLength={200}
        onChange={(e) => field.setTitle(e.target.value)}
      />
      <Button type="submit" variant="secondary" loading={add.isPending}>
        {t('outline.addModule')}
      </Button>
      {add.error && <ProblemAlert error={add.error} />}
    </form>
  );
}

function RenameModuleForm({
  courseId,
  module: m,
  onDone,
}: {
  courseId: string;
  module: ModuleView;
  onDone: () => void;
}) {
  const { t } = useTranslation('authoring');
  const rename = useRenameModule(courseId);
  const field = useTitleField(m.title);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = field.validate();
    if (title) rename.mutate({ moduleId: m.id, title }, { onSuccess: onDone });
  };
  return (
    <form className="ui-inline-form" noValidate onSubmit={submit}>
      <TextField
        label={t('outline.moduleTitle')}
        value={field.title}
        error={field.error}
        maxLength={200}
        autoFocus
        onChange={(e) => field.setTitle(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
      />
      <Button type="submit" size="small" loading={rename.isPending}>
        {t('actions.save')}
      </Button>
      <Button size="small" variant="secondary" onClick={onDone}>
        {t('actions.cancel')}
      </Button>
      {rename.error && <ProblemAlert error={rename.error} />}
    </form>
  );
}
