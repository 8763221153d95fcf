import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { firstScreenReady, onLanguageLoad, startI18n } from './shared/i18n/i18n';
import { initialLanguage } from './shared/i18n/languages';
import { warmNumberFormatting } from './shared/i18n/number-warm-up';
import './styles/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lost its #root element');

// English paints at once from the first load; another language's first-screen texts (a small
// chunk) are loaded first, so a German user never sees an English flash. The rest loads behind.
// (No top-level await: it makes the bundler split the first load into several chunks, +4 kB.)
// The screens with plurals wait for the page's first number formatter, made in a task of its own.
const numbersWarmed = warmNumberFormatting(initialLanguage());
onLanguageLoad(() => numbersWarmed);
void startI18n();
const languageLoaded = firstScreenReady();
const render = () =>
  createRoot(rootElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
if (initialLanguage() === 'en') render();
else void languageLoaded.catch(() => undefined).then(render);
