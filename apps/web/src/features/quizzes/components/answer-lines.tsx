/**
 * A labelled list of answer lines (a response, or the answer key), as both the learner's result and
 * the trainer's attempt view show them. With `empty`, an empty list shows that text; without, nothing.
 */
export function AnswerLines({ label, lines, empty }: { label: string; lines: string[]; empty?: string }) {
  if (!lines.length && empty === undefined) return null;
  return (
    <div>
      <p className="ui-label" style={{ margin: 0 }}>
        {label}
      </p>
      {lines.length ? (
        <ul className="ui-prewrap">
          {lines.map((line, n) => (
            <li key={n}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="ui-muted">{empty}</p>
      )}
    </div>
  );
}
