import { analysisQueries, analysisTypes } from './analysis.js';
import { Query } from './query.js';
import { typeResolvers } from './types.js';

export const resolvers = { Query: { ...Query, ...analysisQueries }, ...typeResolvers, ...analysisTypes };
