import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lost its #root element');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
