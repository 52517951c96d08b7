// The renderer's entry: styles, the bundled corpus, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import corpus from 'virtual:naslag/corpus';
import { App } from './app/App';
import './styles/index.css';
// Local fonts scaled to the web fonts' metrics, built from capsize's figures (renderer/build/web-fonts.ts).
import 'virtual:naslag/font-fallbacks.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html mist het element #root.');

createRoot(root).render(
  <StrictMode>
    <App corpus={corpus} />
  </StrictMode>,
);
