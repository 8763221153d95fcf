/** Shown while a lazily loaded screen arrives; announced politely, never a blank page. */
export function PageLoading() {
  return (
    <p className="page-loading" role="status">
      Loading…
    </p>
  );
}
