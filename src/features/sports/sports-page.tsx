import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function SportsPage() {
  usePageTitle('Back-friendly sports');
  return (
    <section className="page">
      <h1>Back-friendly sports</h1>
    </section>
  );
}
