import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@campus/web-ui';
import { moveItem } from '../lib/reorder';

export interface ReorderableListProps<T> {
  items: readonly T[];
  getId: (item: T) => string;
  /** Names the item in the move buttons and in what is announced. */
  getLabel: (item: T) => string;
  /** The new order of all ids; the list shows it at once and goes back if this rejects. */
  onReorder: (ids: string[]) => Promise<unknown>;
  renderItem: (item: T) => ReactNode;
  /** Names the list for assistive technology, e.g. "Modules". */
  label: string;
  disabled?: boolean;
}

/**
 * An ordered list whose items move by drag and drop (native HTML5) or with Move up / Move down
 * buttons (keyboard and touch). Every move is announced in a polite live region, and focus stays on
 * the item that moved.
 */
export function ReorderableList<T>({
  items,
  getId,
  getLabel,
  onReorder,
  renderItem,
  label,
  disabled,
}: ReorderableListProps<T>) {
  const { t } = useTranslation('authoring');
  // The order shown while a change is on its way; null: the items as given.
  const [pending, setPending] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const byId = new Map(items.map((item) => [getId(item), item]));
  const givenIds = items.map(getId);
  // A stale pending order (items added or removed meanwhile) is dropped.
  const ids =
    pending && pending.length === givenIds.length && pending.every((id) => byId.has(id)) ? pending : givenIds;
  const ordered = ids.map((id) => byId.get(id) as T);

  const move = (from: number, to: number, focus?: 'up' | 'down') => {
    if (to < 0 || to >= ids.length || from === to) return;
    const next = moveItem(ids, from, to);
    const id = ids[from];
    const item = byId.get(id) as T;
    setPending(next);
    setAnnouncement(t('reorder.moved', { item: getLabel(item), position: to + 1, total: next.length }));
    if (focus) keepFocus(id, to, next.length, focus);
    onReorder(next).then(
      () => setPending(null),
      () => {
        setPending(null);
        setAnnouncement(t('reorder.failed', { item: getLabel(item) }));
      },
    );
  };

  /** After a move the same button keeps focus; at either end, the item's other move button takes it. */
  const keepFocus = (id: string, to: number, count: number, direction: 'up' | 'down') => {
    const want =
      (direction === 'up' && to === 0) || (direction === 'down' && to === count - 1)
        ? direction === 'up'
          ? 'down'
          : 'up'
        : direction;
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLButtonElement>(`[data-item-id="${id}"] [data-move="${want}"]`)
        ?.focus(),
    );
  };

  const onDrop = (e: DragEvent, targetId: string) => {
    e.preventDefault();
    setDropTarget(null);
    const id = dragging;
    setDragging(null);
    if (!id) return;
    move(ids.indexOf(id), ids.indexOf(targetId));
  };

  return (
    <>
      <ol ref={listRef} className="ui-sortable" aria-label={label}>
        {ordered.map((item, index) => {
          const id = getId(item);
          const name = getLabel(item);
          return (
            <li
              key={id}
              data-item-id={id}
              className="ui-sortable__item"
              data-dragging={dragging === id || undefined}
              data-drop-target={dropTarget === id && dragging !== id ? true : undefined}
              onDragOver={(e) => {
                if (!dragging || !byId.has(dragging)) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setDropTarget(id);
              }}
              onDragLeave={() => setDropTarget((current) => (current === id ? null : current))}
              onDrop={(e) => dragging && byId.has(dragging) && onDrop(e, id)}
            >
              <div className="ui-sortable__row">
                <span
                  className="ui-sortable__handle"
                  draggable={!disabled}
                  title={t('reorder.dragHint')}
                  aria-hidden="true"
                  onDragStart={(e) => {
                    e.stopPropagation();
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', name);
                    // the whole item is the picture being dragged, not only the handle
                    const li = e.currentTarget.closest('li');
                    if (li) e.dataTransfer.setDragImage(li, 16, 16);
                    setDragging(id);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setDropTarget(null);
                  }}
                >
                  ⠿
                </span>
                <div className="ui-sortable__main">{renderItem(item)}</div>
                <Button
                  size="small"
                  variant="ghost"
                  data-move="up"
                  disabled={disabled || index === 0}
                  aria-label={t('reorder.moveUp', { item: name })}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  data-move="down"
                  disabled={disabled || index === ordered.length - 1}
                  aria-label={t('reorder.moveDown', { item: name })}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="ui-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </>
  );
}
