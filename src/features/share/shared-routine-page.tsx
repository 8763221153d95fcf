import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function SharedRoutinePage() {
  usePageTitle('Shared routine');
  return (
    <section className="page">
      <h1>Shared routine</h1>
    </section>
  );
}
