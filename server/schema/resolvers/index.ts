import { Query } from './query.js';
import { typeResolvers } from './types.js';

export const resolvers = { Query, ...typeResolvers };
