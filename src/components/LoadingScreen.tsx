/** Shown while the dataset loads; says so when an attempt failed and another is under way. */
export function LoadingScreen({ source, failedAttempts = 0 }: { source: string; failedAttempts?: number }) {
  return (
    <div className="screen-message" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>
        Loading dataset from <span className="source">{source}</span>…
        {failedAttempts > 0 && <> No answer yet; trying again (attempt {failedAttempts + 1}).</>}
      </p>
    </div>
  );
}
