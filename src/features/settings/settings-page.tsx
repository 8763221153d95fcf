import { usePageTitle } from '../../shared/ui/use-page-title';

// Placeholder: filled in by its issue.
export default function SettingsPage() {
  usePageTitle('Settings');
  return (
    <section className="page">
      <h1>Settings</h1>
    </section>
  );
}
