/**
 * The GraphQL IDE served at GET /graphql to a browser: GraphiQL (graphiql 3, React 18), bundled
 * with every asset (its fonts are inlined in its stylesheet), so it works with no network and sends
 * nothing off the host; queries go to the same `/graphql` it was loaded from.
 */
import 'graphiql/graphiql.css';
import './page.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const DEFAULT_QUERY = `# Where States agree, agree with reservations, or divide (graph/analysis/README.md).
{
  commonGround {
    target { id name }
    tier
    supporters { id }
    reservedBy { id }
    reservations { quote agendaItem { label } start end }
  }
  divergences { target { id name } supporting { id } opposing { id } contesting { id } smallerCamp margin }
}
`;

async function fetcher(params: unknown): Promise<unknown> {
  const response = await fetch(location.pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY }));
