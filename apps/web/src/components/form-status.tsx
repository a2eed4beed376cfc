/** The outcome of a form: an error (announced at once) or a confirmation (announced politely). */
export function FormStatus({
  error,
  notice,
  testId,
}: {
  error?: string | null;
  notice?: string | null;
  testId?: string;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="success" data-testid={testId}>
          {notice}
        </p>
      )}
    </>
  );
}
