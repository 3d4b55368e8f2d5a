// GraphiQL at GET /graphql (a browser asking for HTML): the schema's docs, a header editor for the bearer token,
// and one example tab for each kind of user. Monaco's workers are built beside this bundle (see build.mjs).
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { examples } from './examples.js';

globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`/assets/workers/${name}.worker.js`);
  },
};

// The console's sign-in, when there is one, fills the Authorization header.
const token = localStorage.getItem('registry.token');
const headers = JSON.stringify({ Authorization: `Bearer ${token ?? '<paste a token: dotnet run --project src/Registry.Api -- token --role BUREAU_ADMIN --region 13>'}` }, null, 2);
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultHeaders={headers}
    defaultEditorToolsVisibility="headers"
    defaultTabs={examples.map((e) => ({ query: e.query, variables: e.variables, headers }))}
  />,
);
