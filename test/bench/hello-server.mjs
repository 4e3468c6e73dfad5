// (a) Bare Apollo Server 5 + express 5 answering { hello }: the ceiling of the stack.
import { apolloApp, serve } from './lib.mjs';

const { app, stop } = await apolloApp({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'world' } },
});
serve(app, stop);
