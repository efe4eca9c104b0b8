// Renderer entry: picks the transport (IPC in Electron, HTTP in browser mode) and mounts the app.
import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApi } from './api/client';
import { selectTransport } from './api/select-transport';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App api={createApi(selectTransport())} />
  </StrictMode>,
);
