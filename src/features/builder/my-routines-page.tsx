import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function MyRoutinesPage() {
  usePageTitle('My routines');
  return (
    <section className="page">
      <h1>My routines</h1>
    </section>
  );
}
