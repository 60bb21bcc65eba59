export function LoadingScreen({ source }: { source: string }) {
  return (
    <div className="screen-message" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>Loading dataset from <span className="source">{source}</span>…</p>
    </div>
  );
}
